using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// Reads the locators of one reference, one comma-separated part at a time. Within a part a new locator starts at
/// every label that has a value ("RGANI fond 5", "Box 3 Folder 7"); the words before the first label are the
/// repository (first part) or an unlabelled locator (later parts).
/// </summary>
internal sealed class LocatorReader
{
    private readonly string _s;

    public LocatorReader(string s) => _s = s;

    public List<ArchivalLocator> Locators { get; } = new();

    /// <summary>Whether some locator is labelled or holds a digit; prose alone ("Smith, John") is not a shelfmark.</summary>
    public bool HasStrongLocator { get; private set; }

    /// <summary>
    /// Reads the part [<paramref name="start"/>, <paramref name="end"/>) (trimmed). Returns true when a locator took
    /// the rest of the reference (see the colon rule below), so the caller must stop.
    /// <paramref name="repositoryEnd"/> ends the leading unlabelled words.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public bool ReadSegment(int start, int end, bool isRepositoryPart, out int repositoryEnd)
    {
        var leadEnd = start;
        var labelStart = -1;
        var labelEnd = 0;
        var kind = string.Empty;
        var valueStart = 0;
        var valueEnd = 0;
        var t = start;
        while (t < end)
        {
            var tokenEnd = CitationScan.TokenEnd(_s, t, end);
            var mayBeLabel = !(isRepositoryPart && t == start);
            if (mayBeLabel && LocatorLabels.TryMatch(_s, t, end, out var foundLabelEnd, out var foundKind, out var foundValue))
            {
                if (labelStart >= 0)
                {
                    AddLabelled(labelStart, labelEnd, kind, valueStart, DropStop(valueStart, valueEnd));
                }
                else if (!isRepositoryPart && leadEnd > start)
                {
                    AddUnlabelled(start, leadEnd);
                }

                labelStart = t;
                labelEnd = foundLabelEnd;
                kind = foundKind;
                valueStart = foundValue;
                var valueTokenEnd = CitationScan.TokenEnd(_s, foundValue, end);

                // Colon rule: in "Issue 220: Features of ... (Cyprus, Spain, ...) January 7, 1978 – September 23, 1978"
                // the colon introduces the file's own title, which is part of that locator and may contain commas.
                // We keep number and title together as the value ("220: Features ...") rather than splitting them:
                // nothing is lost, and the leading number is still the value's first token.
                if (_s.IndexOf(':', foundValue, valueTokenEnd - foundValue) >= 0)
                {
                    var restEnd = CitationScan.TrimEnd(_s, foundValue, _s.Length);
                    AddLabelled(labelStart, labelEnd, kind, valueStart, restEnd);
                    repositoryEnd = leadEnd;
                    return true;
                }

                valueEnd = valueTokenEnd;
                t = CitationScan.SkipSpace(_s, valueTokenEnd, end);
                continue;
            }

            if (labelStart >= 0)
            {
                valueEnd = tokenEnd;
            }
            else
            {
                leadEnd = tokenEnd;
            }

            t = CitationScan.SkipSpace(_s, tokenEnd, end);
        }

        if (labelStart >= 0)
        {
            AddLabelled(labelStart, labelEnd, kind, valueStart, valueEnd);
        }
        else if (!isRepositoryPart && leadEnd > start)
        {
            AddUnlabelled(start, leadEnd);
        }

        repositoryEnd = leadEnd;
        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private void AddLabelled(int labelStart, int labelEnd, string kind, int valueStart, int valueEnd)
    {
        valueEnd = DropJoiningAnd(valueStart, valueEnd);
        Locators.Add(new ArchivalLocator(Text(labelStart, labelEnd), kind, Text(valueStart, valueEnd)));
        HasStrongLocator = true;
    }

    [MethodImpl(Jit.Optimized)]
    private void AddUnlabelled(int start, int end)
    {
        end = DropJoiningAnd(start, end);
        Locators.Add(new ArchivalLocator(string.Empty, string.Empty, Text(start, end)));
        HasStrongLocator |= CitationScan.ContainsDigit(_s, start, end);
    }

    // "Fond 89. Opis 46.": the full stop between two locators belongs to neither value.
    private int DropStop(int start, int end) =>
        end - start >= 2 && _s[end - 1] == '.' && CitationScan.IsDigit(_s[end - 2]) ? end - 1 : end;

    // "Fond 1 and Fond 2": the "and" joins two locators and belongs to neither value.
    [MethodImpl(Jit.Optimized)]
    private int DropJoiningAnd(int start, int end)
    {
        var andStart = end - 3;
        if (andStart > start && CitationScan.IsSpace(_s[andStart - 1]) && CitationScan.RangeIs(_s, andStart, end, "and"))
        {
            return CitationScan.TrimEnd(_s, start, andStart);
        }

        return end;
    }

    [MethodImpl(Jit.Optimized)]
    private string Text(int start, int end) => _s.Substring(start, end - start);
}
