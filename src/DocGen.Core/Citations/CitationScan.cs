using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// Character-level helpers shared by the citation and shelfmark parsers. Everything works on index ranges of one
/// string (no substrings while scanning) and is ordinal, so parsing is linear and independent of the culture.
/// </summary>
internal static class CitationScan
{
    [MethodImpl(Jit.Optimized)]
    public static bool IsSpace(char c) => char.IsWhiteSpace(c);

    [MethodImpl(Jit.Optimized)]
    public static bool IsDigit(char c) => c >= '0' && c <= '9';

    /// <summary>First index at or after <paramref name="pos"/> that is not white space (or <paramref name="end"/>).</summary>
    [MethodImpl(Jit.Optimized)]
    public static int SkipSpace(string s, int pos, int end)
    {
        while (pos < end && IsSpace(s[pos]))
        {
            pos++;
        }

        return pos;
    }

    /// <summary>End of the range after dropping trailing white space.</summary>
    [MethodImpl(Jit.Optimized)]
    public static int TrimEnd(string s, int start, int end)
    {
        while (end > start && IsSpace(s[end - 1]))
        {
            end--;
        }

        return end;
    }

    /// <summary>End of the white-space-delimited token starting at <paramref name="pos"/>.</summary>
    [MethodImpl(Jit.Optimized)]
    public static int TokenEnd(string s, int pos, int end)
    {
        while (pos < end && !IsSpace(s[pos]))
        {
            pos++;
        }

        return pos;
    }

    [MethodImpl(Jit.Optimized)]
    public static bool ContainsDigit(string s, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (IsDigit(s[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="s"/> holds <paramref name="word"/> at <paramref name="pos"/>, ignoring ASCII case.</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool At(string s, int pos, int end, string word)
    {
        if (pos < 0 || end - pos < word.Length)
        {
            return false;
        }

        for (var i = 0; i < word.Length; i++)
        {
            if (ToLowerAscii(s[pos + i]) != ToLowerAscii(word[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the range is exactly <paramref name="word"/>, ignoring ASCII case.</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool RangeIs(string s, int start, int end, string word) =>
        end - start == word.Length && At(s, start, end, word);

    // Quotes that may open a title: straight, English curly, German low, guillemets.
    [MethodImpl(Jit.Optimized)]
    public static bool IsOpeningQuote(char c) => c is '"' or '\u201C' or '\u201E' or '\u00AB' or '\u00BB';

    // Quotes that may close a title (German titles close with U+201C, French with U+00BB).
    [MethodImpl(Jit.Optimized)]
    public static bool IsClosingQuote(char c) => c is '"' or '\u201D' or '\u201C' or '\u00BB' or '\u00AB';

    [MethodImpl(Jit.Optimized)]
    private static char ToLowerAscii(char c) => c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}
