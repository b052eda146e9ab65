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

    public string Wrap(string text, Formatting f, FontState state)
    {
        text = f.FontStyle == "oblique"
            ? Span("font-style", "oblique", text)
            : Flip(text, f.FontStyle, "italic", state.Italic, "<i>", "</i>", "font-style");
        text = Flip(text, f.FontVariant, "small-caps", state.SmallCaps, "<span style=\"font-variant:small-caps;\">", "</span>", "font-variant");
        text = f.FontWeight == "light"
            ? Span("font-weight", "light", text)
            : Flip(text, f.FontWeight, "bold", state.Bold, "<b>", "</b>", "font-weight");

        if (f.TextDecoration is "underline" or "none")
        {
            text = Span("text-decoration", f.TextDecoration, text);
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

    /// <summary>Turns a font property on, or, where it is already on (flip-flop) or set to normal, off.</summary>
    private static string Flip(string text, string? value, string on, bool active, string open, string close, string property)
    {
        if (value == on)
        {
            return active ? Span(property, "normal", text) : open + text + close;
        }

        return value == "normal" && active ? Span(property, "normal", text) : text;
    }

    private static string Span(string property, string value, string text) =>
        "<span style=\"" + property + ":" + value + ";\">" + text + "</span>";

    public string Display(string text, string display) => "<div class=\"csl-" + display + "\">" + text + "</div>";
}
