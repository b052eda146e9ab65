using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Dates;

/// <summary>
/// Splits a date line into <see cref="DateToken"/>s in one left-to-right pass. Any character or word that cannot be part
/// of a date makes the whole line unparseable, so trailing junk is never silently ignored.
/// </summary>
internal static class DateTokenizer
{
    /// <summary>A real date line has far fewer tokens; stopping here keeps megabyte inputs cheap.</summary>
    public const int MaxTokens = 48;

    [MethodImpl(Jit.Optimized)]
    public static bool TryTokenize(string text, List<DateToken> tokens)
    {
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            if (tokens.Count == MaxTokens)
            {
                return false;
            }

            bool ok;
            if (IsDigit(c))
            {
                ok = TryScanNumber(text, ref i, tokens);
            }
            else if (IsLetter(c))
            {
                ok = TryScanWord(text, ref i, tokens);
            }
            else
            {
                ok = TryPunctuation(c, out var kind);
                if (ok)
                {
                    tokens.Add(new DateToken(kind));
                    i++;
                }
            }

            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool TryPunctuation(char c, out DateTokenKind kind)
    {
        switch (c)
        {
            case ',': kind = DateTokenKind.Comma; return true;
            case '/': kind = DateTokenKind.Slash; return true;
            case '?': kind = DateTokenKind.Question; return true;
            case '~': kind = DateTokenKind.Tilde; return true;
            case '%': kind = DateTokenKind.Percent; return true;
            case '[': kind = DateTokenKind.Open; return true;
            case ']': kind = DateTokenKind.Close; return true;
            case '-': // hyphen-minus
            case '\u2010': // hyphen
            case '\u2011': // non-breaking hyphen
            case '\u2012': // figure dash
            case '\u2013': // en dash
            case '\u2014': // em dash
            case '\u2212': // minus sign
                kind = DateTokenKind.Dash;
                return true;
            default:
                kind = default;
                return false;
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static bool TryScanNumber(string text, ref int i, List<DateToken> tokens)
    {
        var value = ReadDigits(text, ref i, out var digits);
        if (digits > 4)
        {
            return false;
        }

        if (digits == 4 && TryScanIso(text, ref i, value, tokens))
        {
            return true;
        }

        var suffix = NumberSuffix.None;
        if (i < text.Length && (text[i] == '\'' || text[i] == '\u2019'))
        {
            // "1950's": only an apostrophe-s ending a word is accepted.
            if (i + 1 >= text.Length || (text[i + 1] | 0x20) != 's' || (i + 2 < text.Length && IsLetter(text[i + 2])))
            {
                return false;
            }

            suffix = NumberSuffix.Decade;
            i += 2;
        }
        else if (i < text.Length && IsLetter(text[i]))
        {
            var letters = i;
            while (i < text.Length && IsLetter(text[i]))
            {
                i++;
            }

            if (!TryNumberSuffix(text, letters, i - letters, out suffix))
            {
                return false;
            }
        }

        tokens.Add(new DateToken(DateTokenKind.Number, value, digits, suffix));
        return true;
    }

    private static bool TryNumberSuffix(string text, int start, int length, out NumberSuffix suffix)
    {
        suffix = NumberSuffix.None;
        if (length == 1 && (text[start] | 0x20) == 's')
        {
            suffix = NumberSuffix.Decade;
            return true;
        }

        if (length != 2)
        {
            return false;
        }

        // Any of the four ordinal endings is accepted on any day ("5st" is a typo, not a different date).
        var a = (char)(text[start] | 0x20);
        var b = (char)(text[start + 1] | 0x20);
        if ((a == 's' && b == 't') || (a == 'n' && b == 'd') || (a == 'r' && b == 'd') || (a == 't' && b == 'h'))
        {
            suffix = NumberSuffix.Ordinal;
            return true;
        }

        return false;
    }

    /// <summary>
    /// Reads "-MM" and then "-DD" after a four-digit year, each exactly two digits. "1945-1946" is not ISO (the group after
    /// the hyphen has four digits), so it stays a year, a dash and a year.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static bool TryScanIso(string text, ref int i, int year, List<DateToken> tokens)
    {
        if (!TryTwoDigitGroup(text, i, out var month))
        {
            return false;
        }

        var day = 0;
        var groups = 2;
        var end = i + 3;
        if (TryTwoDigitGroup(text, end, out var d))
        {
            day = d;
            groups = 3;
            end += 3;
        }

        i = end;
        tokens.Add(new DateToken(DateTokenKind.Iso, year, digits: groups, month: month, day: day));
        return true;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool TryTwoDigitGroup(string text, int at, out int value)
    {
        value = 0;
        if (at + 2 >= text.Length || text[at] != '-' || !IsDigit(text[at + 1]) || !IsDigit(text[at + 2]))
        {
            return false;
        }

        if (at + 3 < text.Length && IsDigit(text[at + 3]))
        {
            return false;
        }

        value = ((text[at + 1] - '0') * 10) + (text[at + 2] - '0');
        return true;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool TryScanWord(string text, ref int i, List<DateToken> tokens)
    {
        var start = i;
        while (i < text.Length && IsLetter(text[i]))
        {
            i++;
        }

        if (!DateWords.TryFind(text, start, i - start, out var kind, out var month, out var allowsPeriod))
        {
            return false;
        }

        if (allowsPeriod && i < text.Length && text[i] == '.')
        {
            i++;
        }

        tokens.Add(new DateToken(kind, month: month));
        return true;
    }

    // Stops counting value after four digits so long digit runs cannot overflow; the caller rejects them by digit count.
    [MethodImpl(Jit.Optimized)]
    private static int ReadDigits(string text, ref int i, out int digits)
    {
        var value = 0;
        var start = i;
        while (i < text.Length && IsDigit(text[i]))
        {
            if (i - start < 4)
            {
                value = (value * 10) + (text[i] - '0');
            }

            i++;
        }

        digits = i - start;
        return value;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    [MethodImpl(Jit.Optimized)]
    private static bool IsLetter(char c) => (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
