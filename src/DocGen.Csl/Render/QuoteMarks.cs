using DocGen.Csl.Locale;

namespace DocGen.Csl.Render;

/// <summary>
/// The curly quotation marks that are markup in a value, besides straight quotes: the locale's own (citeproc-js
/// registers the locale's open and close quote and inner quote, and leaves any other curly mark as a character). So
/// “…” in a title is a quotation in en-US, an inner quotation in fr-FR (whose inner marks they are), and text in de-DE
/// and ru-RU, where “ closes a quotation that never opened. A locale mark longer than one character, or a straight
/// one, is not registered.
/// </summary>
/// <remarks>Fields, not properties: read for every value, each accessor would be a method compiled up to three times
/// in a build's cold run.</remarks>
internal sealed class QuoteMarks
{
    /// <summary>en-US: “ ” and ‘ ’.</summary>
    public static readonly QuoteMarks English = new('\u201C', '\u201D', '\u2018', '\u2019');

    private QuoteMarks(char outerOpen, char outerClose, char innerOpen, char innerClose)
    {
        OuterOpen = outerOpen;
        OuterClose = outerClose;
        InnerOpen = innerOpen;
        InnerClose = innerClose;
        SingleCloses = new[] { '\'', innerClose };
    }

    /// <summary>A mark, or '\0' when the locale has none usable.</summary>
    public readonly char OuterOpen;

    public readonly char OuterClose;

    public readonly char InnerOpen;

    public readonly char InnerClose;

    /// <summary>Whether the text holds a character that may start markup in a value.</summary>
    /// <remarks>A loop, not IndexOfAny: over seven characters, some beyond ASCII, that takes the runtime's probabilistic
    /// search, some fifty methods for the JIT to compile (three times over) in a build's first run, to scan short values.</remarks>
    public bool AnyIn(string text)
    {
        foreach (var c in text)
        {
            if (c == '<' || c == '"' || c == '\'' || c == OuterOpen || c == OuterClose || c == InnerOpen || c == InnerClose)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The characters that can close a single-quoted quotation.</summary>
    public readonly char[] SingleCloses;

    public static QuoteMarks For(LocaleChain locale)
    {
        var marks = new QuoteMarks(Mark(locale, "open-quote"), Mark(locale, "close-quote"), Mark(locale, "open-inner-quote"), Mark(locale, "close-inner-quote"));
        return marks.Same(English) ? English : marks;
    }

    /// <summary>The mark opens only (it is an opener and not also a closer).</summary>
    public bool OnlyOpens(char c) => (c == OuterOpen || c == InnerOpen) && c != OuterClose && c != InnerClose;

    /// <summary>The mark closes only.</summary>
    public bool OnlyCloses(char c) => (c == OuterClose || c == InnerClose) && c != OuterOpen && c != InnerOpen;

    private bool Same(QuoteMarks other) =>
        OuterOpen == other.OuterOpen && OuterClose == other.OuterClose && InnerOpen == other.InnerOpen && InnerClose == other.InnerClose;

    private static char Mark(LocaleChain locale, string term) =>
        locale.Text(term) is { Length: 1 } text && text[0] is not ('"' or '\'') ? text[0] : '\0';
}
