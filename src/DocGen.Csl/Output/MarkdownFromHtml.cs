using System;
using System.Text;

namespace DocGen.Csl.Output;

/// <summary>
/// Markdown from the HTML output, so that both place punctuation alike (a period moved inside closing quotes stays
/// inside the italics): &lt;i&gt; becomes *, &lt;b&gt; **, other tags are dropped, the entities &amp;#38; &amp;#60;
/// &amp;#62; become their characters, and the characters Markdown reads as markup (\ * _ ` [ ] &lt; &gt; #) are
/// escaped with a backslash. One pass.
/// </summary>
internal static class MarkdownFromHtml
{
    public static string Convert(string html)
    {
        var builder = new StringBuilder(html.Length + 8);
        var i = 0;
        while (i < html.Length)
        {
            var c = html[i];
            if (c == '<')
            {
                var end = html.IndexOf('>', i);
                if (end < 0)
                {
                    break;
                }

                var tag = html.Substring(i, end - i + 1);
                builder.Append(tag switch
                {
                    "<i>" or "</i>" => "*",
                    "<b>" or "</b>" => "**",
                    _ => string.Empty,
                });
                i = end + 1;
                continue;
            }

            if (c == '&' && Entity(html, i) is { } entity)
            {
                AppendEscaped(builder, entity.Character);
                i += entity.Length;
                continue;
            }

            AppendEscaped(builder, c);
            i++;
        }

        return builder.ToString();
    }

    private static (char Character, int Length)? Entity(string html, int at)
    {
        foreach (var (text, character) in Entities)
        {
            if (string.CompareOrdinal(html, at, text, 0, text.Length) == 0)
            {
                return (character, text.Length);
            }
        }

        return null;
    }

    private static readonly (string Text, char Character)[] Entities = { ("&#38;", '&'), ("&#60;", '<'), ("&#62;", '>') };

    private static void AppendEscaped(StringBuilder builder, char c)
    {
        if (Array.IndexOf(Special, c) >= 0)
        {
            builder.Append('\\');
        }

        builder.Append(c);
    }

    private static readonly char[] Special = { '\\', '*', '_', '`', '[', ']', '<', '>', '#' };
}
