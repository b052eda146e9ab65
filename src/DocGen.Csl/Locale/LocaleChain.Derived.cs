using DocGen.Csl.Output;
using DocGen.Csl.Render;

namespace DocGen.Csl.Locale;

/// <summary>
/// What every citation in this locale reads the same way (its quotation marks, and the writers that print them), made
/// once per chain on first use rather than looked up again for each citation. The chain never changes, so neither do
/// they; two threads that both make one make equal ones.
/// </summary>
public sealed partial class LocaleChain
{
    private QuoteMarks? _quoteMarks;
    private Writer? _textWriter;
    private Writer? _htmlWriter;

    /// <summary>The quotation marks that are markup in a value.</summary>
    internal QuoteMarks QuoteMarks => _quoteMarks ??= QuoteMarks.For(this);

    /// <summary>The writer for a format; Markdown is written as HTML and converted (MarkdownFromHtml).</summary>
    internal Writer WriterFor(OutputFormat format) => format is OutputFormat.Html or OutputFormat.Markdown
        ? _htmlWriter ??= NewWriter(HtmlMarkup.Instance)
        : _textWriter ??= NewWriter(TextMarkup.Instance);

    private Writer NewWriter(IMarkup markup) => new(markup, new Quotes(
        Text("open-quote"), Text("close-quote"), Text("open-inner-quote"), Text("close-inner-quote"),
        Option("punctuation-in-quote") == "true"));
}
