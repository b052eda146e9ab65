using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>
/// Reads the inline markup CSL-JSON values may carry (&lt;i&gt;, &lt;b&gt;, &lt;sup&gt;, &lt;sub&gt;, &lt;sc&gt;,
/// small-caps and nocase spans, straight quotes and the locale's curly ones) into output nodes. An apostrophe becomes
/// ’. Unknown tags stay text. One pass; unclosed markup closes at the end.
/// </summary>
internal static class RichText
{
    private static readonly (string Open, string Close, Formatting? Formatting, bool NoCase)[] Tags =
    {
        ("<i>", "</i>", new Formatting { FontStyle = "italic" }, false),
        ("<b>", "</b>", new Formatting { FontWeight = "bold" }, false),
        ("<sup>", "</sup>", new Formatting { VerticalAlign = "sup" }, false),
        ("<sub>", "</sub>", new Formatting { VerticalAlign = "sub" }, false),
        ("<sc>", "</sc>", new Formatting { FontVariant = "small-caps" }, false),
        ("<span style=\"font-variant:small-caps;\">", "</span>", new Formatting { FontVariant = "small-caps" }, false),
        ("<span style=\"font-variant: small-caps;\">", "</span>", new Formatting { FontVariant = "small-caps" }, false),
        ("<span class=\"nocase\">", "</span>", Formatting.None, true),
        ("<span class=\"nodecor\">", "</span>", new Formatting { FontStyle = "normal", FontWeight = "normal", FontVariant = "normal" }, true),
    };

    /// <param name="quotes">The locale's curly marks that are markup (<see cref="QuoteMarks"/>).</param>
    /// <param name="affix">A cite's prefix or suffix: only straight quotes are quotation marks, and punctuation
    /// after them stays outside.</param>
    [MethodImpl(Jit.Optimized)]
    public static List<Node> Parse(string text, QuoteMarks quotes, bool affix = false)
    {
        if (!quotes.AnyIn(text))
        {
            return new List<Node> { new TextNode(text) };
        }

        var root = new FormatNode(Formatting.None, new List<Node>());
        var stack = new Stack<(FormatNode Node, string Close, char Opener)>();
        stack.Push((root, string.Empty, '\0'));
        var buffer = new StringBuilder();

        // Whether a single closing mark follows a place: one look from the end, not a search ahead from every opening
        // mark (which a title of unclosed ‘ marks makes quadratic).
        var lastClose = text.LastIndexOfAny(quotes.SingleCloses);
        CslScanSteps.Add(2L * text.Length - Math.Max(lastClose, 0));
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (c == '<')
            {
                var matched = false;
                if (stack.Count > 1 && string.CompareOrdinal(text, i, stack.Peek().Close, 0, stack.Peek().Close.Length) == 0)
                {
                    Flush(buffer, stack.Peek().Node);
                    i += stack.Peek().Close.Length;
                    stack.Pop();
                    continue;
                }

                foreach (var tag in Tags)
                {
                    if (string.Compare(text, i, tag.Open, 0, tag.Open.Length, StringComparison.Ordinal) == 0)
                    {
                        Flush(buffer, stack.Peek().Node);
                        var node = new FormatNode(tag.Formatting!, new List<Node>()) { NoCase = tag.NoCase };
                        stack.Peek().Node.Children.Add(node);
                        stack.Push((node, tag.Close, '\0'));
                        i += tag.Open.Length;
                        matched = true;
                        break;
                    }
                }

                if (matched)
                {
                    continue;
                }
            }
            else if (c == '"' && ((i + 1 < text.Length && text[i + 1] == '"') || (i > 0 && text[i - 1] == '"')))
            {
                // Straight double quotes that touch never pair; citeproc-js sets them apart: '"""' prints as '" " "'.
                buffer.Append(c);
                if (i + 1 < text.Length && text[i + 1] == '"')
                {
                    buffer.Append(' ');
                }

                i++;
                continue;
            }
            else if (c == '"' || (!affix && c != '\0' && (c == quotes.OuterOpen || c == quotes.OuterClose)))
            {
                // A mark closes after text and opens before it; one between spaces is a character.
                var before = i == 0 ? ' ' : text[i - 1];
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                if (c == '"' && (before == '"' || after == '"'))
                {
                    // Straight quotes that touch are characters, set apart by a space as citeproc-js prints them.
                    buffer.Append(before == '"' ? " \"" : "\"");
                    i++;
                    continue;
                }

                // A locale's opening mark never closes and its closing mark never opens (“ in de-DE closes).
                var closes = stack.Peek().Close == "\"" && !char.IsWhiteSpace(before) && !quotes.OnlyOpens(c);
                if (closes || (!char.IsWhiteSpace(after) && !quotes.OnlyCloses(c)))
                {
                    Quote(stack, buffer, "\"", c, inner: false, affix);
                }
                else
                {
                    buffer.Append(c);
                }

                i++;
                continue;
            }
            else if (c == '\'' || (!affix && c != '\0' && (c == quotes.InnerOpen || c == quotes.InnerClose)))
            {
                var before = i == 0 ? ' ' : text[i - 1];
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                if (stack.Peek().Close == "'" && !char.IsLetterOrDigit(after) && !quotes.OnlyOpens(c))
                {
                    Quote(stack, buffer, "'", c, inner: false, affix);
                }
                else if ((char.IsWhiteSpace(before) || before is '(' or '[' or '"' || (before == quotes.OuterOpen && before != '\0'))
                    && char.IsLetter(after) && !quotes.OnlyCloses(c) && lastClose > i)
                {
                    // The locale's inner opening mark begins an inner quotation, as citeproc-js reads it.
                    Quote(stack, buffer, "'", c, inner: c == quotes.InnerOpen, affix);
                }
                else
                {
                    // A straight mark that ends no quotation is an apostrophe; a locale's mark stays as it is.
                    buffer.Append(c == '\'' ? '\u2019' : c);
                }

                i++;
                continue;
            }

            buffer.Append(c);
            i++;
        }

        Flush(buffer, stack.Peek().Node);

        // A quotation mark never closed is a character, not markup.
        while (stack.Count > 1)
        {
            var (open, close, opener) = stack.Pop();
            if (close is "\"" or "'")
            {
                open.Formatting = Formatting.None;
                open.InnerQuotes = false;
                open.Children.Insert(0, new TextNode(opener == '\'' ? "\u2019" : opener.ToString()));
            }
        }

        return root.Children;
    }

    /// <summary>Opens a quotation, or closes the innermost one when it was opened by the same mark.</summary>
    [MethodImpl(Jit.Optimized)]
    private static void Quote(Stack<(FormatNode Node, string Close, char Opener)> stack, StringBuilder buffer, string mark, char opener, bool inner, bool affix)
    {
        Flush(buffer, stack.Peek().Node);
        if (stack.Count > 1 && stack.Peek().Close == mark)
        {
            stack.Pop();
            return;
        }

        var node = new FormatNode(new Formatting { Quotes = true }, new List<Node>()) { PunctuationStaysOut = affix, InnerQuotes = inner };
        stack.Peek().Node.Children.Add(node);
        stack.Push((node, mark, opener));
    }

    [MethodImpl(Jit.Optimized)]
    private static void Flush(StringBuilder buffer, FormatNode node)
    {
        if (buffer.Length > 0)
        {
            node.Children.Add(new TextNode(buffer.ToString()));
            buffer.Clear();
        }
    }
}
