using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// Finds the period that ends the shelfmark sentence of a citation. Shelfmarks are full of ". " that end nothing
/// ("f. 45", "op. 1", "d. 339", "ll. 17-18", "No. 5", "Cde. Mao", "U.S. Department"), so a period ends the sentence
/// only when it is the last character, when it closes a locator's value and no locator follows, or when a
/// capitalised word follows and the word before it is not an abbreviation or an initial. A credit verb ("Obtained",
/// "Translated", ...) after the period always ends it.
/// </summary>
internal static class SentenceEnd
{
    private const int LongestAbbreviation = 6;

    // Bounds of the look back from a period to a locator: its value ("0017-0018", "784/1978"), the space before it,
    // its label ("papka", "ll."). Longer stretches are not a locator's.
    private const int LongestValue = 24;
    private const int LongestGap = 4;
    private const int LongestLabel = 8;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "nr", "cde", "com", "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "prof",
        "amb", "jr", "sr", "vol", "op", "ll", "pp", "doc", "inv", "bd", "fol", "ed", "eds", "cf", "ca", "vs", "pap",
    };

    /// <summary>Index of the ending period in [start, end), or <paramref name="end"/> when the sentence runs to the end.</summary>
    [MethodImpl(Jit.Optimized)]
    public static int Find(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            if (text[i] != '.')
            {
                continue;
            }

            if (i + 1 == end)
            {
                return i;
            }

            if (!CitationScan.IsSpace(text[i + 1]))
            {
                continue; // "762B.00", "f.1"
            }

            var next = CitationScan.SkipSpace(text, i + 1, end);
            if (next == end)
            {
                return i;
            }

            // A shelfmark keeps its locators when prose follows it: the full stop after a locator's value ends the
            // sentence ("d. 1. Department of ...", "d. 1. 1978-1991, ...") unless another locator follows ("Fond 89. Opis 46.").
            if (ClosesLocator(text, start, i))
            {
                if (LocatorLabels.StartsLocator(text, next, end) && !Credits.OpenSentence(text, next, end))
                {
                    continue;
                }

                return i;
            }

            if (!char.IsUpper(text[next]))
            {
                continue; // "f. 45", "op. 1"
            }

            if (Credits.OpenSentence(text, next, end) || !IsAbbreviation(text, start, i))
            {
                return i;
            }
        }

        return end;
    }

    // Whether the period at `dot` follows a locator's value: "d. 1", "Fond 89", "vol. I", glued "d.106". Looks back
    // a bounded stretch (a value, a space, a label), so each period costs the same whatever the text.
    [MethodImpl(Jit.Optimized)]
    private static bool ClosesLocator(string text, int floor, int dot)
    {
        var valueStart = dot;
        while (valueStart > floor && dot - valueStart <= LongestValue && !CitationScan.IsSpace(text[valueStart - 1]))
        {
            valueStart--;
        }

        if (valueStart == dot || dot - valueStart > LongestValue)
        {
            return false;
        }

        if (LocatorLabels.TryMatch(text, valueStart, dot, out _, out _, out var gluedValue) && gluedValue > valueStart)
        {
            return true;
        }

        var labelEnd = valueStart;
        while (labelEnd > floor && valueStart - labelEnd < LongestGap && CitationScan.IsSpace(text[labelEnd - 1]))
        {
            labelEnd--;
        }

        var labelStart = labelEnd;
        while (labelStart > floor && labelEnd - labelStart <= LongestLabel && !CitationScan.IsSpace(text[labelStart - 1]))
        {
            labelStart--;
        }

        return labelStart < labelEnd && labelEnd < valueStart
            && LocatorLabels.TryMatch(text, labelStart, dot, out _, out _, out var value) && value == valueStart;
    }

    // The word right before the period at `dot`: an initial ("N."), a dotted form ("U.S."), or a known abbreviation.
    private static bool IsAbbreviation(string text, int floor, int dot)
    {
        var start = dot;
        while (start > floor && dot - start <= LongestAbbreviation && !CitationScan.IsSpace(text[start - 1])
               && text[start - 1] is not (',' or ';' or '(' or '['))
        {
            start--;
        }

        var length = dot - start;
        if (length == 0 || length > LongestAbbreviation)
        {
            return false;
        }

        if (length == 1)
        {
            return char.IsLetter(text[start]);
        }

        return IsDottedLetters(text, start, dot) || Abbreviations.Contains(text.Substring(start, length));
    }

    // "U.S", "a.m": letters with inner dots. "4.5" or "762B.00" are numbers, not abbreviations.
    private static bool IsDottedLetters(string text, int start, int end)
    {
        var dots = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '.')
            {
                dots++;
            }
            else if (!char.IsLetter(text[i]))
            {
                return false;
            }
        }

        return dots > 0;
    }
}
