using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.People;

/// <summary>
/// One person of a user's authority file: the id in brackets, the names the user says are this person (the first
/// is the name shown; the rest are aliases), an optional Wikidata id ("Q855") and the FRUS persons-list entries that
/// are this person ("frus1969-76v19p1#p_KHA1").
/// </summary>
public sealed record PeopleEntry(string Id, SourceSpan Span, EquatableArray<PeopleValue> Names, string? Wikidata, EquatableArray<PeopleLink> Links);

/// <summary>A value of the file with where it stands (its line and columns), for diagnostics.</summary>
public sealed record PeopleValue(string Text, SourceSpan Span);

/// <summary>A FRUS persons-list entry a person of the file is: the volume id and the entry's xml:id.</summary>
public sealed record PeopleLink(string Volume, string PersonId, SourceSpan Span)
{
    /// <summary>As the file writes it: "frus1969-76v19p1#p_KHA1".</summary>
    public override string ToString() => Volume + "#" + PersonId;
}
