using System.Runtime.CompilerServices;
using System.Text;
using DocGen.Csl.Render;

namespace DocGen.Csl.Output;

/// <summary>Writes an output tree in a markup: joins, quotes, formatting, affixes and display, in that order from the inside out.</summary>
internal sealed class Writer
{
    private readonly IMarkup _markup;
    private readonly Quotes _quotes;

    public Writer(IMarkup markup, Quotes quotes)
    {
        _markup = markup;
        _quotes = quotes;
    }

    [MethodImpl(Jit.Optimized)]
    public string Write(Node? node)
    {
        if (node is null)
        {
            return string.Empty;
        }

        var state = default(FontState);
        return Punctuation.Finish(Write(node, state, 0), _quotes.PunctuationInQuote);
    }

    [MethodImpl(Jit.Optimized)]
    private string Write(Node node, FontState state, int quoteDepth)
    {
        if (node is TextNode text)
        {
            return _markup.Escape(text.Text);
        }

        var format = (FormatNode)node;
        var f = format.Formatting;
        var inner = state;
        if (f.FontStyle == "italic")
        {
            inner.Italic = !state.Italic;
        }
        else if (f.FontStyle == "normal")
        {
            inner.Italic = false;
        }

        if (f.FontWeight == "bold")
        {
            inner.Bold = !state.Bold;
        }
        else if (f.FontWeight == "normal")
        {
            inner.Bold = false;
        }

        if (f.FontVariant == "small-caps")
        {
            inner.SmallCaps = !state.SmallCaps;
        }
        else if (f.FontVariant == "normal")
        {
            inner.SmallCaps = false;
        }

        // Inner quotes met outside any quotation stay inner; inside one they alternate like any other (citeproc-js).
        if (f.Quotes && format.InnerQuotes && quoteDepth == 0)
        {
            quoteDepth = 1;
        }

        var childDepth = f.Quotes ? quoteDepth + 1 : quoteDepth;

        // Most nodes have one piece that is not empty: it is then the result as it is (appended to an empty builder, a
        // piece stays whole), and a builder is made only once a second piece comes.
        string? only = null;
        StringBuilder? builder = null;
        foreach (var child in format.Children)
        {
            var piece = Write(child, inner, childDepth);
            if (piece.Length == 0)
            {
                continue;
            }

            if (only is null && builder is null)
            {
                only = piece;
                continue;
            }

            if (builder is null)
            {
                builder = new StringBuilder(only);
                only = null;
            }

            if (!string.IsNullOrEmpty(format.Delimiter))
            {
                Punctuation.Append(builder, _markup.Escape(format.Delimiter!), delimiter: true);
            }

            Punctuation.Append(builder, piece, child is TextNode { IsDelimiter: true });
        }

        var result = only ?? builder?.ToString() ?? string.Empty;
        if (result.Length == 0)
        {
            return string.Empty;
        }
        if (f.Quotes)
        {
            var inner2 = quoteDepth % 2 == 1;
            result = format.PunctuationStaysOut
                ? _quotes.Open(inner2) + result + _quotes.Close(inner2)
                : _quotes.Open(inner2) + result + Punctuation.CloseStart + _quotes.Close(inner2) + Punctuation.CloseEnd;
        }

        result = _markup.Wrap(result, f, state);
        if (f.HasAffixes)
        {
            var withAffixes = new StringBuilder();
            Punctuation.Append(withAffixes, _markup.Escape(f.Prefix ?? string.Empty));
            Punctuation.Append(withAffixes, result);
            Punctuation.Append(withAffixes, _markup.Escape(f.Suffix ?? string.Empty));
            result = withAffixes.ToString();
        }

        if (f.Display is { } display)
        {
            result = _markup.Display(result, display);
        }

        return result;
    }
}

/// <summary>The locale's quotation marks and whether periods and commas go inside them.</summary>
/// <remarks>Fields, not a positional record's properties: read for every quotation, each accessor would be a method
/// compiled up to three times in a build's cold run.</remarks>
internal sealed class Quotes
{
    public readonly string OpenOuter;
    public readonly string CloseOuter;
    public readonly string OpenInner;
    public readonly string CloseInner;
    public readonly bool PunctuationInQuote;

    public Quotes(string openOuter, string closeOuter, string openInner, string closeInner, bool punctuationInQuote)
    {
        OpenOuter = openOuter;
        CloseOuter = closeOuter;
        OpenInner = openInner;
        CloseInner = closeInner;
        PunctuationInQuote = punctuationInQuote;
    }

    public string Open(bool inner) => inner ? OpenInner : OpenOuter;

    public string Close(bool inner) => inner ? CloseInner : CloseOuter;
}
