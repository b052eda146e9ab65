using System;
using System.Collections.Generic;

namespace DocGen.Core.Citations;

/// <summary>
/// Finds the period that ends the shelfmark sentence of a citation. Shelfmarks are full of ". " that end nothing
/// ("f. 45", "op. 1", "d. 339", "ll. 17-18", "No. 5", "Cde. Mao", "U.S. Department"), so a period ends the sentence
/// only when it is the last character, or when a capitalised word follows and the word before it is not an
/// abbreviation or an initial. A credit verb ("Obtained", "Translated", ...) after the period always ends it.
/// </summary>
internal static class SentenceEnd
{
    private const int LongestAbbreviation = 6;

    private static readonly HashSet<string> Abbreviations = new(StringComparer.OrdinalIgnoreCase)
    {
        "no", "nos", "nr", "cde", "com", "mr", "mrs", "ms", "dr", "st", "gen", "col", "lt", "maj", "capt", "prof",
        "amb", "jr", "sr", "vol", "op", "ll", "pp", "doc", "inv", "bd", "fol", "ed", "eds", "cf", "ca", "vs", "pap",
    };

    private static readonly HashSet<string> CreditWords = new(StringComparer.Ordinal)
    {
        "Obtained", "Translated", "Contributed", "Donated", "Provided", "Transcribed", "Courtesy", "Edited",
        "Published", "Reprinted", "Digitized", "Digitised", "Scanned", "Original", "Originally", "Made", "Copy",
    };

    private const int LongestCreditWord = 11;

    /// <summary>Index of the ending period in [start, end), or <paramref name="end"/> when the sentence runs to the end.</summary>
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

            if (!char.IsUpper(text[next]))
            {
                continue; // "f. 45", "op. 1"
            }

            if (IsCreditWord(text, next, end) || !IsAbbreviation(text, start, i))
            {
                return i;
            }
        }

        return end;
    }

    private static bool IsCreditWord(string text, int start, int end)
    {
        var wordEnd = start;
        while (wordEnd < end && wordEnd - start <= LongestCreditWord && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        return wordEnd - start <= LongestCreditWord && CreditWords.Contains(text.Substring(start, wordEnd - start));
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
