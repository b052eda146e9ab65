using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// Finds where one archival reference ends and the next begins. Every step is a single pass, and each check made at
/// a candidate " and " looks at a bounded amount of text or at values computed once per comma part, so the whole
/// split stays linear even on megabytes of "and and and".
/// </summary>
internal static class ShelfmarkSplitter
{
    // A repository name that starts a reference after a bare " and " is short; longer text is prose.
    private const int MaxRepositoryLength = 160;

    /// <summary>
    /// Splits [start, end) at <paramref name="separator"/> (and <paramref name="alternate"/>, when given) outside (),
    /// [] and {}; an unclosed bracket runs to the end.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static void SplitTopLevel(string s, int start, int end, char separator, List<Span> into, char? alternate = null)
    {
        var depth = 0;
        var partStart = start;
        for (var i = start; i < end; i++)
        {
            var c = s[i];
            if (c is '(' or '[' or '{')
            {
                depth++;
            }
            else if (c is ')' or ']' or '}')
            {
                depth = depth > 0 ? depth - 1 : 0;
            }
            else if ((c == separator || c == alternate) && depth == 0)
            {
                into.Add(new Span(partStart, i));
                partStart = i + 1;
            }
        }

        into.Add(new Span(partStart, end));
    }

    /// <summary>
    /// Splits one ";"-separated piece at each bare " and " whose left side is already a shelfmark (a repository and a
    /// labelled or numeric locator) and whose right side starts like a new one: a capitalised repository followed by
    /// a labelled locator ("RGASPI, f. 558", "RGANI fond 5"), or an acronym followed by a numeric part ("BArch, B 136").
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static void SplitOnBareAnd(string s, int start, int end, List<Span> into)
    {
        var segments = new List<Span>();
        SplitTopLevel(s, start, end, ',', segments, alternate: ';');
        var trimmedEnd = new int[segments.Count];
        var labelled = new bool[segments.Count];
        var strong = new bool[segments.Count];
        var takesRest = new bool[segments.Count];
        for (var k = 0; k < segments.Count; k++)
        {
            trimmedEnd[k] = CitationScan.TrimEnd(s, segments[k].Start, segments[k].End);
            Classify(s, segments[k], out labelled[k], out strong[k], out takesRest[k]);
        }

        var refStart = start;
        var refFirst = 0;            // index of the part holding the current reference's repository
        var refHasRepository = false;
        var leftStrong = false;      // a strong locator in a finished part of the current reference
        var closed = false;          // a colon locator took the rest: its title may say "X and Y"
        for (var k = 0; k < segments.Count; k++)
        {
            var seg = segments[k];
            var isFirst = k == refFirst;
            var digitSeen = false;
            var depth = 0;
            for (var i = seg.Start; i < seg.End && !closed && !(!isFirst && takesRest[k]); i++)
            {
                var c = s[i];
                if (c is '(' or '[' or '{')
                {
                    depth++;
                }
                else if (c is ')' or ']' or '}')
                {
                    depth = depth > 0 ? depth - 1 : 0;
                }
                else if (CitationScan.IsDigit(c))
                {
                    digitSeen = true;
                }
                else if (depth == 0 && CitationScan.IsSpace(c) && IsAndWord(s, i + 1, seg.End))
                {
                    var leftOk = isFirst
                        ? HasInlineLocator(s, refStart, i)
                        : refHasRepository && (leftStrong || labelled[k] || digitSeen);
                    var tail = i + 4;
                    var next = k + 1 < segments.Count ? k + 1 : -1;
                    if (leftOk && StartsReference(s, tail, trimmedEnd[k], next >= 0, next >= 0 && labelled[next], next >= 0 && strong[next]))
                    {
                        into.Add(new Span(refStart, CitationScan.TrimEnd(s, refStart, i)));
                        refStart = CitationScan.SkipSpace(s, tail, seg.End);
                        refFirst = k;
                        isFirst = true;
                        leftStrong = false;
                    }

                    i += 3;
                }
            }

            if (isFirst)
            {
                var repoStart = CitationScan.SkipSpace(s, refStart, seg.End);
                refHasRepository = repoStart < CitationScan.TrimEnd(s, repoStart, seg.End) && !LocatorLabels.StartsLocator(s, repoStart, seg.End);
                leftStrong = HasInlineLocator(s, refStart, seg.End);
            }
            else
            {
                leftStrong |= strong[k];
                closed |= takesRest[k];
            }
        }

        into.Add(new Span(refStart, end));
    }

    // "and" as a word at pos, followed by white space.
    [MethodImpl(Jit.Optimized)]
    private static bool IsAndWord(string s, int pos, int end) =>
        pos + 3 < end && CitationScan.At(s, pos, end, "and") && CitationScan.IsSpace(s[pos + 3]);

    // A later part is labelled ("op. 1"), strong (labelled or holds a digit), and may take the rest (colon rule).
    [MethodImpl(Jit.Optimized)]
    private static void Classify(string s, Span seg, out bool labelled, out bool strong, out bool takesRest)
    {
        var start = CitationScan.SkipSpace(s, seg.Start, seg.End);
        labelled = LocatorLabels.TryMatch(s, start, seg.End, out _, out _, out var valueStart);
        takesRest = labelled && s.IndexOf(':', valueStart, CitationScan.TokenEnd(s, valueStart, seg.End) - valueStart) >= 0;
        strong = labelled || CitationScan.ContainsDigit(s, start, seg.End);
    }

    // "RGANI fond 5": a repository word, then a labelled locator, within one part. Bounded so repeated calls stay cheap.
    [MethodImpl(Jit.Optimized)]
    private static bool HasInlineLocator(string s, int start, int end)
    {
        start = CitationScan.SkipSpace(s, start, end);
        end = CitationScan.TrimEnd(s, start, end);
        if (start >= end || end - start > MaxRepositoryLength || LocatorLabels.StartsLocator(s, start, end))
        {
            return false;
        }

        for (var t = CitationScan.SkipSpace(s, CitationScan.TokenEnd(s, start, end), end); t < end;
             t = CitationScan.SkipSpace(s, CitationScan.TokenEnd(s, t, end), end))
        {
            if (LocatorLabels.StartsLocator(s, t, end))
            {
                return true;
            }
        }

        return false;
    }

    // The text after " and " up to the end of its comma part (already trimmed), then the next part's classification.
    private static bool StartsReference(string s, int tailStart, int end, bool hasNext, bool nextLabelled, bool nextStrong)
    {
        var start = CitationScan.SkipSpace(s, tailStart, end);
        if (start >= end || end - start > MaxRepositoryLength || !char.IsUpper(s[start]) || LocatorLabels.StartsLocator(s, start, end))
        {
            return false;
        }

        if (HasInlineLocator(s, start, end))
        {
            return true;
        }

        return hasNext && (nextLabelled || (nextStrong && IsAcronym(s, start, end)));
    }

    // "RGASPI", "NARA", "BArch": one word of letters with at least two capitals. "Trade" or "Japan" is not one.
    public static bool IsAcronym(string s, int start, int end)
    {
        var capitals = 0;
        for (var i = start; i < end; i++)
        {
            if (!char.IsLetter(s[i]))
            {
                return false;
            }

            if (char.IsUpper(s[i]))
            {
                capitals++;
            }
        }

        return capitals >= 2;
    }
}
