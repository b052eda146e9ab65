using DocGen.Generator.Authorities;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.People;

/// <summary>
/// The first half of the people index's inputs (the authority files, the TEI volumes' persons lists, the documents'
/// links to them), joined apart from the rest so that no tuple the driver carries nests more than three deep.
/// </summary>
public sealed record PeopleInputs(Collected<PeopleReading> Files, Collected<AuthorityReading?> Volumes, PersonLinkIndex Links);
