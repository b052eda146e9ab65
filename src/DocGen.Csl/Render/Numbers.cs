using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using DocGen.Csl.Locale;

namespace DocGen.Csl.Render;

/// <summary>Numeric variables: the is-numeric test, plurals, ordinals, roman numerals and page-range formats.</summary>
internal static class Numbers
{
    private static readonly Regex NumericPattern = new(
        @"^\s*[A-Za-z]*\d+[A-Za-z]*(\s*(?:[-\u2013,&]|and)\s*[A-Za-z]*\d+[A-Za-z]*)*\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex MultiplePattern = new(@"\d\s*(?:[-\u2013\u2011,&]|and)\s*\S", RegexOptions.CultureInvariant);

    public static bool IsNumeric(string text) => NumericPattern.IsMatch(text);

    /// <summary>A value names more than one thing ("2-5", "2, 4", "2 & 4").</summary>
    public static bool IsPlural(string text, string andTerm) =>
        MultiplePattern.IsMatch(text) || RomanRange.IsMatch(text) || (andTerm.Length > 0 && text.IndexOf(" " + andTerm + " ", StringComparison.Ordinal) > 0);

    public static string Roman(int number)
    {
        if (number <= 0 || number >= 4000)
        {
            return number.ToString(CultureInfo.InvariantCulture);
        }

        var values = new[] { 1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1 };
        var symbols = new[] { "m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i" };
        var builder = new StringBuilder();
        for (var i = 0; i < values.Length; i++)
        {
            while (number >= values[i])
            {
                builder.Append(symbols[i]);
                number -= values[i];
            }
        }

        return builder.ToString();
    }

    /// <summary>The ordinal suffix term for a number (CSL 1.0.1 ordinal matching), agreeing with a gender when given.</summary>
    public static string Ordinal(LocaleChain locale, int number, string? gender)
    {
        var terms = locale.OrdinalTerms();
        var twoDigits = number % 100;
        var lastDigit = number % 10;
        Term? best = null;
        var bestRank = 0;
        foreach (var term in terms)
        {
            if (term.Form != "long" || (term.GenderForm is not null && term.GenderForm != (gender ?? "neuter") && gender is not null))
            {
                continue;
            }

            var rank = 0;
            if (term.Name == "ordinal")
            {
                rank = 1;
            }
            else if (term.Name.Length == 10 && int.TryParse(term.Name.Substring(8), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                var match = term.Match ?? (n < 10 ? "last-digit" : "last-two-digits");
                if ((match == "whole-number" && number == n) || (match == "last-two-digits" && twoDigits == n) || (match == "last-digit" && lastDigit == n))
                {
                    rank = match == "last-digit" ? 2 : 3;
                }
            }

            if (rank > bestRank || (rank == bestRank && rank > 0 && gender is not null && term.GenderForm == gender))
            {
                best = term;
                bestRank = rank;
            }
        }

        return best?.Single ?? string.Empty;
    }

    public static string LongOrdinal(LocaleChain locale, int number, string? gender)
    {
        if (number is >= 1 and <= 10)
        {
            var name = "long-ordinal-" + number.ToString("00", CultureInfo.InvariantCulture);
            if (locale.Find(name, "long", gender) is { } term)
            {
                return term.Single;
            }
        }

        return number.ToString(CultureInfo.InvariantCulture) + Ordinal(locale, number, gender);
    }

    private static readonly Regex RomanRange = new(@"^\s*[ivxlcdm]+\s*[-\u2013]\s*[ivxlcdm]+\s*$", RegexOptions.CultureInvariant);

    private static readonly Regex ListSeparator = new(@"(\s*[,&]\s*)", RegexOptions.CultureInvariant);
    private static readonly Regex RangeParts = new(@"^(\s*)(.+?)\s*[-\u2013]\s*(.+?)(\s*)$", RegexOptions.CultureInvariant);
    private static readonly Regex HyphenRangeParts = new(@"^(\s*)([^\u2013]+?)\s*-\s*([^\u2013]+?)(\s*)$", RegexOptions.CultureInvariant);
    private static readonly Regex PrefixedNumber = new(@"^(.*?)(\d+)$", RegexOptions.CultureInvariant);
    private static readonly Regex RomanNumber = new(@"^[ivxlcdm]+$", RegexOptions.CultureInvariant);

    /// <summary>
    /// Each range of a page list ("N110 - 15, 200-9 &amp; 235"): numbers with the same prefix are joined by the
    /// delimiter (an en dash unless the locale says otherwise), the second expanded in full and then shortened as the
    /// style asks; numbers with different prefixes keep a plain hyphen.
    /// </summary>
    /// <param name="hyphensOnly">Only a range written with a hyphen takes the delimiter; one written with an en dash
    /// keeps it (citeproc-js so treats every number variable but the page).</param>
    public static string PageRange(string text, string? format, string delimiter, bool hyphensOnly = false)
    {
        var pieces = ListSeparator.Split(text);
        for (var i = 0; i < pieces.Length; i += 2)
        {
            var range = (hyphensOnly ? HyphenRangeParts : RangeParts).Match(pieces[i]);
            if (!range.Success)
            {
                continue;
            }

            var from = range.Groups[2].Value;
            var to = range.Groups[3].Value;
            pieces[i] = range.Groups[1].Value + JoinRange(from, to, format, delimiter) + range.Groups[4].Value;
        }

        return string.Concat(pieces);
    }

    private static string JoinRange(string from, string to, string? format, string delimiter)
    {
        if (RomanNumber.IsMatch(from) && RomanNumber.IsMatch(to))
        {
            return from + delimiter + to;
        }

        var a = PrefixedNumber.Match(from);
        var b = PrefixedNumber.Match(to);
        if (!a.Success || !b.Success || (a.Groups[1].Value.Length > 0 && !char.IsLetter(a.Groups[1].Value[a.Groups[1].Value.Length - 1])))
        {
            return from + "-" + to;
        }

        var prefix = a.Groups[1].Value;
        var first = a.Groups[2].Value;
        var second = b.Groups[2].Value;
        if (b.Groups[1].Value.Length > 0 && b.Groups[1].Value != prefix)
        {
            return from + "-" + to;
        }

        if (b.Groups[1].Value.Length == 0 && prefix.Length > 0)
        {
            return from + "-" + to;
        }

        if (second.Length < first.Length && format is not null)
        {
            second = first.Substring(0, first.Length - second.Length) + second;
        }

        if (string.CompareOrdinal(second.PadLeft(first.Length, '0'), first) < 0 && second.Length == first.Length)
        {
            return from + "-" + to;
        }

        var collapsed = Collapse(first, second, format);
        return prefix + first + delimiter + (collapsed.Length < second.Length ? string.Empty : prefix) + collapsed;
    }

    private static string Collapse(string first, string second, string? format)
    {
        if (format is null || second.Length < first.Length)
        {
            return second;
        }

        if (second.Length > first.Length || string.CompareOrdinal(second, first) < 0)
        {
            return second;
        }

        switch (format)
        {
            case "expanded":
                return second;
            case "minimal":
                return Minimal(first, second, 1);
            case "minimal-two":
                return Minimal(first, second, 2);
            case "chicago":
            case "chicago-15":
            case "chicago-16":
                return Chicago(first, second, format);
            default:
                return second;
        }
    }

    private static string Minimal(string first, string second, int keep)
    {
        var i = 0;
        while (i < second.Length - 1 && first[i] == second[i])
        {
            i++;
        }

        var digits = second.Length - i;
        if (digits < keep)
        {
            digits = Math.Min(keep, second.Length);
        }

        return second.Substring(second.Length - digits);
    }

    private static string Chicago(string first, string second, string format)
    {
        var start = int.Parse(first, CultureInfo.InvariantCulture);
        if (start < 100 || start % 100 == 0)
        {
            return second;
        }

        if (start % 100 < 10)
        {
            return Minimal(first, second, 1);
        }

        if (format is "chicago" or "chicago-15" && first.Length == 4 && Minimal(first, second, 1).Length >= 3)
        {
            return second;
        }

        return Minimal(first, second, 2);
    }

    internal static IEnumerable<string> Tokens(string text) => Regex.Split(text, @"(\d+)");
}
