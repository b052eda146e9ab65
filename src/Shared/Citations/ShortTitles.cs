// Shared source: see CitationStyle.cs.
#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// The short title (CSL <c>title-short</c>) of an archive title: the words before the first comma, when the title has
/// one and those words are more than a single word ("Ciphered Telegram No. 709, Filippov [Stalin] to ..." gives
/// "Ciphered Telegram No. 709"); otherwise none, and styles shorten the full title themselves.
/// </summary>
internal static class ShortTitles
{
    public static string? For(string title)
    {
        var comma = title.IndexOf(", ", System.StringComparison.Ordinal);
        if (comma <= 0)
        {
            return null;
        }

        var head = title.Substring(0, comma).Trim();
        return head.IndexOf(' ') > 0 && Balanced(head) ? head : null;
    }

    /// <summary>Whether brackets, parentheses and double quotes all close inside the short title.</summary>
    private static bool Balanced(string text)
    {
        int square = 0, round = 0, quotes = 0;
        foreach (var c in text)
        {
            switch (c)
            {
                case '[': square++; break;
                case ']': square--; break;
                case '(': round++; break;
                case ')': round--; break;
                case '"': quotes++; break;
                case '\u201C': quotes++; break;
                case '\u201D': quotes--; break;
            }
        }

        return square == 0 && round == 0 && quotes % 2 == 0;
    }
}
