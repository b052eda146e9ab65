namespace DocGen.Csl.Render;

/// <summary>One cite rendered for assembly into its citation, with what collapsing needs to know of it.</summary>
internal sealed record RenderedCite(Node Full)
{
    /// <summary>The text of the cite's first names element (its author), or null.</summary>
    public string? AuthorKey { get; init; }

    /// <summary>The cite without its author, for year collapsing.</summary>
    public Node? WithoutAuthor { get; init; }

    /// <summary>The text of the cite without author and year-suffix: cites alike in it differ only in the suffix.</summary>
    public string? YearKey { get; init; }

    public string? YearSuffix { get; init; }

    public int CitationNumber { get; init; }

    /// <summary>The cite has a locator, prefix or suffix of its own, which keeps it out of ranges.</summary>
    public bool HasOwnParts { get; init; }

    /// <summary>The cite's prefix starts with punctuation (", and "): it stands in for the delimiter before it.</summary>
    public bool PrefixPunctuated { get; init; }
}
