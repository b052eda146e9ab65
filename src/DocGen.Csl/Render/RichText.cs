using System;
using System.Collections.Generic;
using System.Text;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>
/// Reads the inline markup CSL-JSON values may carry (&lt;i&gt;, &lt;b&gt;, &lt;sup&gt;, &lt;sub&gt;, &lt;sc&gt;,
/// small-caps and nocase spans, straight double quotes) into output nodes. An apostrophe becomes ’. Unknown tags
/// stay text. One pass; unclosed markup closes at the end.
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

    private static readonly char[] Marks = { '<', '"', '\'', '\u201C', '\u201D', '\u2018', '\u2019' };

    private static readonly char[] SingleCloses = { '\'', '\u2019' };

    /// <param name="affix">A cite's prefix or suffix: only straight quotes are quotation marks, and punctuation
    /// after them stays outside.</param>
    public static List<Node> Parse(string text, bool affix = false)
    {
        if (text.IndexOfAny(Marks) < 0)
        {
            return new List<Node> { new TextNode(text) };
        }

        var root = new FormatNode(Formatting.None, new List<Node>());
        var stack = new Stack<(FormatNode Node, string Close)>();
        stack.Push((root, string.Empty));
        var buffer = new StringBuilder();
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
                        stack.Push((node, tag.Close));
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
            else if (c == '"' || (!affix && c is '\u201C' or '\u201D'))
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

                var closes = stack.Peek().Close == "\"" && !char.IsWhiteSpace(before);
                if (closes || !char.IsWhiteSpace(after))
                {
                    Quote(stack, buffer, "\"", affix);
                }
                else
                {
                    buffer.Append(c);
                }

                i++;
                continue;
            }
            else if (c == '\'' || (!affix && c is '\u2018' or '\u2019'))
            {
                var before = i == 0 ? ' ' : text[i - 1];
                var after = i + 1 < text.Length ? text[i + 1] : ' ';
                if (stack.Peek().Close == "'" && !char.IsLetterOrDigit(after))
                {
                    Quote(stack, buffer, "'", affix);
                }
                else if ((char.IsWhiteSpace(before) || before is '(' or '[' or '"' or '\u201C') && char.IsLetter(after) && c != '\u2019' && text.IndexOfAny(SingleCloses, i + 1) > 0)
                {
                    Quote(stack, buffer, "'", affix);
                }
                else
                {
                    buffer.Append('\u2019');
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
            var (open, close) = stack.Pop();
            if (close is "\"" or "'")
            {
                open.Formatting = Formatting.None;
                open.Children.Insert(0, new TextNode(close == "'" ? "\u2019" : close));
            }
        }

        return root.Children;
    }

    /// <summary>Opens a quotation, or closes the innermost one when it was opened by the same mark.</summary>
    private static void Quote(Stack<(FormatNode Node, string Close)> stack, StringBuilder buffer, string mark, bool affix)
    {
        Flush(buffer, stack.Peek().Node);
        if (stack.Count > 1 && stack.Peek().Close == mark)
        {
            stack.Pop();
            return;
        }

        var node = new FormatNode(new Formatting { Quotes = true }, new List<Node>()) { PunctuationStaysOut = affix };
        stack.Peek().Node.Children.Add(node);
        stack.Push((node, mark));
    }

    private static void Flush(StringBuilder buffer, FormatNode node)
    {
        if (buffer.Length > 0)
        {
            node.Children.Add(new TextNode(buffer.ToString()));
            buffer.Clear();
        }
    }
}
