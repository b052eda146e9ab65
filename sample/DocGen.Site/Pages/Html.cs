using System.Text;

namespace DocGen.Site.Pages;

/// <summary>
/// Text into HTML: every page writes document text only through <see cref="Text"/> (element content) and
/// <see cref="Attribute"/> (quoted attribute values), so nothing an archive holds becomes markup.
/// </summary>
public static class Html
{
    public static string Text(string? text) => Escape(text, attribute: false);

    public static string Attribute(string? text) => Escape(text, attribute: true);

    private static string Escape(string? text, bool attribute)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var result = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => result.Append("&amp;"),
                '<' => result.Append("&lt;"),
                '>' => result.Append("&gt;"),
                '"' when attribute => result.Append("&quot;"),
                '\'' when attribute => result.Append("&#39;"),
                _ => result.Append(c),
            };
        }

        return result.ToString();
    }
}
