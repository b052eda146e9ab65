using System.Collections.Generic;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>What evaluation of one cite or bibliography entry needs, and the small state it keeps while it runs.</summary>
internal sealed class RenderContext
{
    public RenderContext(CslStyle style, LocaleChain locale, Section section, CslItem item)
    {
        Style = style;
        Locale = locale;
        Section = section;
        Item = item;
    }

    public CslStyle Style { get; }

    public LocaleChain Locale { get; }

    /// <summary>The locale's quotation marks that are markup in a value (looked up once per locale chain).</summary>
    public QuoteMarks Quotes => Locale.QuoteMarks;

    /// <summary>cs:citation or cs:bibliography: where inherited options come from.</summary>
    public Section Section { get; }

    public CslItem Item { get; }

    public CiteItem? Cite { get; init; }

    /// <summary>first, subsequent, ibid or ibid-with-locator; null in the bibliography.</summary>
    public string? Position { get; init; }

    public bool NearNote { get; init; }

    public int CitationNumber { get; init; }

    public int? FirstReferenceNoteNumber { get; init; }

    public ItemDisambiguation Disambiguation { get; init; } = ItemDisambiguation.None;

    /// <summary>The year-suffix has been rendered (it is given once, after the first year, unless the style places it).</summary>
    public bool YearSuffixRendered { get; set; }

    /// <summary>Name disambiguation applies to cites, not to the bibliography.</summary>
    public bool InCitation => ReferenceEquals(Section, Style.Citation);

    /// <summary>Set while rendering a sort key: names in sort order and the key's name overrides.</summary>
    public SortKey? SortKey { get; init; }

    /// <summary>Variables already used by a cs:substitute; they render empty for the rest of the entry.</summary>
    public HashSet<string> Suppressed { get; } = new();

    /// <summary>Counts for cs:group: how many variables were called, and how many of them were non-empty.</summary>
    public int VariablesCalled { get; set; }

    public int VariablesRendered { get; set; }

    /// <summary>Macro nesting, to stop a style whose macros call each other forever.</summary>
    public int Depth { get; set; }

    /// <summary>Inside cs:substitute, names elements inherit the outer names element's children.</summary>
    public NamesElement? SubstituteParent { get; set; }

    public bool InSortKey => SortKey is not null;

    /// <summary>The cite's first names element renders nothing (suppress-author, and for collapsing).</summary>
    public bool SuppressAuthor { get; init; }

    /// <summary>What the first names element rendered (or would have, when suppressed): the cite's author.</summary>
    public Node? AuthorNode { get; set; }

    public bool AuthorSeen { get; set; }

    /// <summary>The author element is rendering and its names have not been met yet.</summary>
    public bool AuthorOpen { get; set; }

    /// <summary>subsequent-author-substitute: the text that stands for the author repeated from the entry before.</summary>
    public string? AuthorReplacement { get; init; }
}
