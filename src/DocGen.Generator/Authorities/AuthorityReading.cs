using DocGen.Core.Formats.Tei.Authorities;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Authorities;

/// <summary>One TEI volume file's persons and terms lists, its documents' links to persons, and the lists' problems as diagnostics located in the file.</summary>
public sealed record AuthorityReading(string Path, EquatableArray<AuthorityPerson> Persons, EquatableArray<AuthorityTerm> Terms, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public EquatableArray<AuthorityMention> Mentions { get; init; } = EquatableArray<AuthorityMention>.Empty;
}
