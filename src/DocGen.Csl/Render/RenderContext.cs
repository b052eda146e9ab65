using System.Collections.Generic;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>What evaluation of one cite or bibliography entry needs, and the small state it keeps while it runs.</summary>
/// <remarks>
/// Fields, not properties: the evaluator reads them for every element of every citation, and each accessor would be a
/// method the JIT compiles up to three times (tier 0, instrumented, tier 1) in a build's cold run. Those set in an
/// object initializer are, by convention, not set again.
/// </remarks>
internal sealed class RenderContext
{
    public RenderContext(CslStyle style, LocaleChain locale, Section section, CslItem item)
    {
        Style = style;
        Locale = locale;
        Section = section;
        Item = item;
    }

    public readonly CslStyle Style;

    public readonly LocaleChain Locale;

    /// <summary>The locale's quotation marks that are markup in a value (looked up once per locale chain).</summary>
    public QuoteMarks Quotes => Locale.QuoteMarks;

    /// <summary>cs:citation or cs:bibliography: where inherited options come from.</summary>
    public readonly Section Section;

    public readonly CslItem Item;

    public CiteItem? Cite;

    /// <summary>first, subsequent, ibid or ibid-with-locator; null in the bibliography.</summary>
    public string? Position;

    public bool NearNote;

    public int CitationNumber;

    public int? FirstReferenceNoteNumber;

    public ItemDisambiguation Disambiguation = ItemDisambiguation.None;

    /// <summary>The year-suffix has been rendered (it is given once, after the first year, unless the style places it).</summary>
    public bool YearSuffixRendered;

    /// <summary>Name disambiguation applies to cites, not to the bibliography.</summary>
    public bool InCitation => ReferenceEquals(Section, Style.Citation);

    /// <summary>Set while rendering a sort key: names in sort order and the key's name overrides.</summary>
    public SortKey? SortKey;

    /// <summary>Variables already used by a cs:substitute; they render empty for the rest of the entry.</summary>
    public readonly HashSet<string> Suppressed = new();

    /// <summary>Counts for cs:group: how many variables were called, and how many of them were non-empty.</summary>
    public int VariablesCalled;

    public int VariablesRendered;

    /// <summary>Macro nesting, to stop a style whose macros call each other forever.</summary>
    public int Depth;

    /// <summary>Inside cs:substitute, names elements inherit the outer names element's children.</summary>
    public NamesElement? SubstituteParent;

    public bool InSortKey => SortKey is not null;

    /// <summary>The cite's first names element renders nothing (suppress-author, and for collapsing).</summary>
    public bool SuppressAuthor;

    /// <summary>What the first names element rendered (or would have, when suppressed): the cite's author.</summary>
    public Node? AuthorNode;

    public bool AuthorSeen;

    /// <summary>The author element is rendering and its names have not been met yet.</summary>
    public bool AuthorOpen;

    /// <summary>subsequent-author-substitute: the text that stands for the author repeated from the entry before.</summary>
    public string? AuthorReplacement;
}
