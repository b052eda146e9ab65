// Shared source: see CitationStyle.cs.
#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>How a formatted citation marks italics.</summary>
public enum CitationMarkup
{
    /// <summary>Plain text: italics are not marked.</summary>
    PlainText = 0,

    /// <summary>
    /// HTML as citeproc-js writes it: <c>&lt;i&gt;…&lt;/i&gt;</c> around italics, and <c>&amp;</c>, <c>&lt;</c>, <c>&gt;</c> written as
    /// <c>&amp;#38;</c>, <c>&amp;#60;</c>, <c>&amp;#62;</c>.
    /// </summary>
    Html = 1,

    /// <summary>Markdown: <c>*…*</c> around italics, and Markdown's special characters in the text escaped with a backslash.</summary>
    Markdown = 2,
}
