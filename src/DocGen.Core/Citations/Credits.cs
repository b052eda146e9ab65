using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// Where the credits of a citation begin: the words that open a credit ("Obtained for CWIHP by ...", "Translated
/// by ...", "Courtesy of ...") after the source's full stop, or after a ";" that closes the source
/// ("..., k. 30-36; Translated for CWIHP by ..."). A credit names who brought the copy to the archive; it is never
/// a second source.
/// </summary>
internal static class Credits
{
    // true: a person's work on the copy, a credit wherever it stands. false: a note on the copy's history, a credit
    // after a full stop only; after a ";" ("; Published in Istochnik ...") it names a published work, a source.
    private static readonly Dictionary<string, bool> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        ["Obtained"] = true, ["Translated"] = true, ["Contributed"] = true, ["Donated"] = true, ["Provided"] = true,
        ["Transcribed"] = true, ["Courtesy"] = true, ["Edited"] = true, ["Digitized"] = true, ["Digitised"] = true,
        ["Scanned"] = true,
        ["Published"] = false, ["Reprinted"] = false, ["Original"] = false, ["Originally"] = false, ["Made"] = false,
        ["Copy"] = false,
    };

    private const int LongestWord = 11;

    /// <summary>Whether a credit opens at <paramref name="start"/> after a full stop.</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool OpenSentence(string text, int start, int end) => Word(text, start, end, out _);

    /// <summary>
    /// Index of the first ";" in [<paramref name="start"/>, <paramref name="end"/>), outside brackets, that a credit
    /// follows; <paramref name="end"/> when there is none. One pass.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static int SemicolonBefore(string text, int start, int end)
    {
        var pieces = new List<Span>();
        ShelfmarkSplitter.SplitTopLevel(text, start, end, ';', pieces);
        for (var p = 1; p < pieces.Count; p++)
        {
            if (Word(text, CitationScan.SkipSpace(text, pieces[p].Start, end), end, out var anywhere) && anywhere)
            {
                return pieces[p].Start - 1;
            }
        }

        return end;
    }

    [MethodImpl(Jit.Optimized)]
    private static bool Word(string text, int start, int end, out bool anywhere)
    {
        var wordEnd = start;
        while (wordEnd < end && wordEnd - start <= LongestWord && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        anywhere = false;
        return wordEnd > start && wordEnd - start <= LongestWord && Words.TryGetValue(text.Substring(start, wordEnd - start), out anywhere);
    }
}
