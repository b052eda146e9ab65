using DocGen.Core.Model;
using DocGen.Core.Problems;

namespace DocGen.Core.Formats.Tei.Authorities;

/// <summary>A volume's persons and terms lists, in file order, and the problems found in them.</summary>
public sealed record AuthorityLists(
    EquatableArray<AuthorityPerson> Persons,
    EquatableArray<AuthorityTerm> Terms,
    EquatableArray<ParseProblem> Problems)
{
    public static AuthorityLists Empty { get; } = new(
        EquatableArray<AuthorityPerson>.Empty, EquatableArray<AuthorityTerm>.Empty, EquatableArray<ParseProblem>.Empty);

    /// <summary>The documents' links to persons of the list, in file order; a link to an id the list lacks is left as text.</summary>
    public EquatableArray<AuthorityMention> Mentions { get; init; } = EquatableArray<AuthorityMention>.Empty;
}
