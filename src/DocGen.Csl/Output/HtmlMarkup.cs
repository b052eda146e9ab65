using System.Text;
using DocGen.Csl.Style;

namespace DocGen.Csl.Output;

/// <summary>HTML as citeproc-js writes it: &lt;i&gt;, &lt;b&gt;, small caps and underline as styled spans,
/// flip-flop of nested italics, bold and small caps, and &amp;, &lt;, &gt; as numeric entities.</summary>
internal sealed class HtmlMarkup : IMarkup
{
    public static readonly HtmlMarkup Instance = new();

    public string Escape(string text)
    {
        var plain = text.IndexOfAny(Special) < 0;
        foreach (var c in text)
        {
            plain &= c < '\u00AA' || !Superscripts.Base.ContainsKey(c.ToString());
        }

        if (plain)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (Superscripts.Base.TryGetValue(c.ToString(), out var raised))
            {
                builder.Append("<sup>").Append(raised).Append("</sup>");
                continue;
            }

            builder.Append(c switch
            {
                '&' => "&#38;",
                '<' => "&#60;",
                '>' => "&#62;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    private static readonly char[] Special = { '&', '<', '>' };

    public string Wrap(string text, Formatting f, ref FontState state)
    {
        if (f.FontStyle == "italic")
        {
            text = state.Italic ? "<span style=\"font-style:normal;\">" + text + "</span>" : "<i>" + text + "</i>";
        }
        else if (f.FontStyle == "oblique")
        {
            text = "<span style=\"font-style:oblique;\">" + text + "</span>";
        }
        else if (f.FontStyle == "normal" && state.Italic)
        {
            text = "<span style=\"font-style:normal;\">" + text + "</span>";
        }

        if (f.FontVariant == "small-caps")
        {
            text = state.SmallCaps ? "<span style=\"font-variant:normal;\">" + text + "</span>" : "<span style=\"font-variant:small-caps;\">" + text + "</span>";
        }
        else if (f.FontVariant == "normal" && state.SmallCaps)
        {
            text = "<span style=\"font-variant:normal;\">" + text + "</span>";
        }

        if (f.FontWeight == "bold")
        {
            text = state.Bold ? "<span style=\"font-weight:normal;\">" + text + "</span>" : "<b>" + text + "</b>";
        }
        else if (f.FontWeight == "light")
        {
            text = "<span style=\"font-weight:light;\">" + text + "</span>";
        }
        else if (f.FontWeight == "normal" && state.Bold)
        {
            text = "<span style=\"font-weight:normal;\">" + text + "</span>";
        }

        if (f.TextDecoration == "underline")
        {
            text = "<span style=\"text-decoration:underline;\">" + text + "</span>";
        }
        else if (f.TextDecoration == "none")
        {
            text = "<span style=\"text-decoration:none;\">" + text + "</span>";
        }

        if (f.VerticalAlign == "sup")
        {
            text = "<sup>" + text + "</sup>";
        }
        else if (f.VerticalAlign == "sub")
        {
            text = "<sub>" + text + "</sub>";
        }
        else if (f.VerticalAlign == "baseline")
        {
            text = "<span style=\"baseline\">" + text + "</span>";
        }

        return text;
    }

    public string Display(string text, string display) => "<div class=\"csl-" + display + "\">" + text + "</div>";
}
