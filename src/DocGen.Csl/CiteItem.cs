namespace DocGen.Csl;

/// <summary>One cite of a citation: the item and the cite's own locator, affixes and author flags.</summary>
public sealed record CiteItem(string Id)
{
    public string? Locator { get; init; }

    /// <summary>The locator's term ("page", "chapter", …); "page" when absent.</summary>
    public string? Label { get; init; }

    public string? Prefix { get; init; }

    public string? Suffix { get; init; }

    public bool SuppressAuthor { get; init; }

    public bool AuthorOnly { get; init; }
}
