using DocGen.Generator.Authorities;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.People;

/// <summary>The people index's inputs that do not come from the documents: the authority files, the TEI volumes' persons lists and the documents' links to them.</summary>
public sealed record PeopleInputs(Collected<PeopleReading> Files, Collected<AuthorityReading?> Volumes, PersonLinkIndex Links);
