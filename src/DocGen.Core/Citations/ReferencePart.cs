using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// Tells whether the text after a ";" goes on with the same reference ("Year 1956; Issue 12; Country: Korea") or
/// starts a new one ("; and RGASPI, f. 558", "; AVPRF, Fond 059a", "; Gang er si et al, eds., ..."). A new reference
/// opens with a name: a repository, an author or an editor. A part opens with a locator ("Issue 12", "f. 45"), with
/// a label the parser does not know followed by its value ("Year 1956", "Country: Korea"), or with a number or a
/// lower-case word ("1956", "microfilm reel 3"), none of which names anything. Looks at two words at most.
/// </summary>
internal static class ReferencePart
{
    /// <summary>Whether the piece [<paramref name="start"/>, <paramref name="end"/>) after a ";" is a part of the reference before it.</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool Continues(string s, int start, int end)
    {
        start = CitationScan.SkipSpace(s, start, end);
        if (start >= end)
        {
            return false;
        }

        var first = s[start];
        var wordEnd = CitationScan.TokenEnd(s, start, end);
        if (IsAnd(s, start, wordEnd))
        {
            return false; // "; and RGASPI, ...": the archive's own way of joining two references
        }

        if (LocatorLabels.StartsLocator(s, start, end) || CitationScan.IsDigit(first) || char.IsLower(first))
        {
            return true;
        }

        // "Country: Korea": a label of the archive's own, with a colon.
        if (s[wordEnd - 1] == ':' && IsWord(s, start, wordEnd - 1))
        {
            return true;
        }

        // "Year 1956", "Dosar 12": one word and a number. An acronym before a number ("PRC FMA 106-00140-01",
        // "MOL XIX-J-1-j") is a repository's name.
        var next = CitationScan.SkipSpace(s, wordEnd, end);
        return IsWord(s, start, wordEnd) && !ShelfmarkSplitter.IsAcronym(s, start, wordEnd)
            && CitationScan.ContainsDigit(s, next, CitationScan.TokenEnd(s, next, end));
    }

    [MethodImpl(Jit.Optimized)]
    private static bool IsAnd(string s, int start, int end) => CitationScan.RangeIs(s, start, end, "and");

    [MethodImpl(Jit.Optimized)]
    private static bool IsWord(string s, int start, int end)
    {
        if (start >= end)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(s[i]))
            {
                return false;
            }
        }

        return true;
    }
}
