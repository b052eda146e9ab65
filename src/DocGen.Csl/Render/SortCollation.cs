using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DocGen.Csl.Text;

namespace DocGen.Csl.Render;

/// <summary>
/// Orders sort values the same on every host: letters compare without accents and case, then ordinally. Not
/// <c>CompareInfo</c>, which asks ICU (and with invariant globalization falls back to ordinal order, so "Émile" would
/// follow "Zola"), nor <c>string.Normalize</c>, which returns text unchanged in that mode. Accents come off through
/// the composition table read backwards; the casing tables of the runtime are culture independent.
/// </summary>
internal static class SortCollation
{
    public static int Compare(string x, string y)
    {
        var c = string.CompareOrdinal(Fold(x), Fold(y));
        return c != 0 ? c : string.CompareOrdinal(x, y);
    }

    /// <summary>The primary form of a text: base letters, lower case, combining marks dropped, a few letters spelled out as collation does ("æ" as "ae").</summary>
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            var letter = char.ToLowerInvariant(BaseOf(c));
            if (Expansions.TryGetValue(letter, out var spelled))
            {
                builder.Append(spelled);
            }
            else
            {
                builder.Append(letter);
            }
        }

        return builder.ToString();
    }

    private static char BaseOf(char c)
    {
        // A composite may itself be built on a composite (U+1EA4 is Â and an acute): follow down to the letter.
        while (Bases.TryGetValue(c, out var next))
        {
            c = next;
        }

        return c;
    }

    private static readonly Dictionary<char, char> Bases = LoadBases();

    private static Dictionary<char, char> LoadBases()
    {
        var table = Composition.Table;
        var bases = new Dictionary<char, char>(table.Length / 3);
        for (var i = 0; i + 2 < table.Length; i += 3)
        {
            bases[table[i + 2]] = table[i];
        }

        return bases;
    }

    /// <summary>Letters with no canonical decomposition that the root collation files under a Latin letter or two.</summary>
    private static readonly Dictionary<char, string> Expansions = new()
    {
        ['æ'] = "ae",
        ['œ'] = "oe",
        ['ß'] = "ss",
        ['ø'] = "o",
        ['ł'] = "l",
        ['đ'] = "d",
        ['ħ'] = "h",
        ['ı'] = "i",
    };
}
