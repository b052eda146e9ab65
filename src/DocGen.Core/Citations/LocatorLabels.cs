using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Citations;

/// <summary>
/// The labels that introduce a shelfmark locator ("f. 45", "Fond 059a", "RG 59", "Record Group 59") and the kind each
/// one normalises to. A label only counts when a plausible value follows it, so "Record Office" or "File of letters"
/// stay plain words.
/// </summary>
internal static class LocatorLabels
{
    // Abbreviations keep their dot here: "f" alone is not a label, "f." is. Matching ignores case ("Fond", "FOND").
    private static readonly Dictionary<string, string> Kinds = new(StringComparer.OrdinalIgnoreCase)
    {
        ["f."] = "fond", ["fond"] = "fond", ["fonds"] = "fond", ["\u0444."] = "fond",
        ["op."] = "opis", ["opis"] = "opis", ["\u043E\u043F."] = "opis",
        ["d."] = "delo", ["delo"] = "delo", ["\u0434."] = "delo",
        ["l."] = "list", ["ll."] = "list", ["list"] = "list", ["listy"] = "list", ["\u043B."] = "list", ["\u043B\u043B."] = "list",
        ["papka"] = "papka", ["pap."] = "papka",
        ["rg"] = "record-group",
        ["folder"] = "folder",
        ["file"] = "file",
        ["record"] = "record",
        ["document"] = "document", ["doc."] = "document",
        ["box"] = "box",
        ["issue"] = "issue",
        ["p."] = "page", ["pp."] = "page", ["page"] = "page", ["pages"] = "page",
        ["vol."] = "volume", ["volume"] = "volume", ["bd."] = "volume",
        ["series"] = "series",
        ["reel"] = "reel",
    };

    private const int LongestLabel = 8;

    /// <summary>
    /// Reads a label at the token starting at <paramref name="pos"/>. On success <paramref name="labelEnd"/> ends the
    /// label as written and <paramref name="valueStart"/> is where its value begins (right after the dot for "f.1").
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static bool TryMatch(string s, int pos, int end, out int labelEnd, out string kind, out int valueStart)
    {
        labelEnd = valueStart = pos;
        kind = string.Empty;
        var tokenEnd = CitationScan.TokenEnd(s, pos, end);

        // "Record Group 59" is the only two-word label.
        if (CitationScan.RangeIs(s, pos, tokenEnd, "record"))
        {
            var next = CitationScan.SkipSpace(s, tokenEnd, end);
            var nextEnd = CitationScan.TokenEnd(s, next, end);
            if (CitationScan.RangeIs(s, next, nextEnd, "group"))
            {
                var value = CitationScan.SkipSpace(s, nextEnd, end);
                if (HasValue(s, value, end))
                {
                    labelEnd = nextEnd;
                    kind = "record-group";
                    valueStart = value;
                    return true;
                }
            }
        }

        if (tokenEnd - pos <= LongestLabel && Kinds.TryGetValue(s.Substring(pos, tokenEnd - pos), out var wholeKind))
        {
            var value = CitationScan.SkipSpace(s, tokenEnd, end);
            if (HasValue(s, value, end))
            {
                labelEnd = tokenEnd;
                kind = wholeKind;
                valueStart = value;
                return true;
            }
        }

        // Value glued to the label: "f.1", "op.89", "d.106".
        var dot = s.IndexOf('.', pos, tokenEnd - pos);
        if (dot > pos && dot - pos < LongestLabel && dot + 1 < tokenEnd && CitationScan.IsDigit(s[dot + 1])
            && Kinds.TryGetValue(s.Substring(pos, dot + 1 - pos), out var gluedKind))
        {
            labelEnd = dot + 1;
            kind = gluedKind;
            valueStart = dot + 1;
            return true;
        }

        return false;
    }

    /// <summary>Whether the range is a label word by itself ("ll.", "Fond"), whatever follows it.</summary>
    public static bool IsLabel(string s, int start, int end) =>
        end > start && end - start <= LongestLabel && Kinds.ContainsKey(s.Substring(start, end - start));

    /// <summary>Whether the token at <paramref name="pos"/> starts a labelled locator.</summary>
    [MethodImpl(Jit.Optimized)]
    public static bool StartsLocator(string s, int pos, int end) => TryMatch(s, pos, end, out _, out _, out _);

    // A value is a number-like token ("45", "059a", "784/1978", "A’0392"), a short capital code ("II", "B"),
    // or "No. 12". Requiring this keeps prose ("File of letters") from reading as a locator.
    [MethodImpl(Jit.Optimized)]
    private static bool HasValue(string s, int pos, int end)
    {
        if (pos >= end)
        {
            return false;
        }

        var tokenEnd = CitationScan.TokenEnd(s, pos, end);
        if (CitationScan.ContainsDigit(s, pos, tokenEnd) || IsShortCapitals(s, pos, tokenEnd))
        {
            return true;
        }

        if (CitationScan.RangeIs(s, pos, tokenEnd, "no.") || CitationScan.RangeIs(s, pos, tokenEnd, "nr.") || CitationScan.RangeIs(s, pos, tokenEnd, "\u2116"))
        {
            var next = CitationScan.SkipSpace(s, tokenEnd, end);
            return CitationScan.ContainsDigit(s, next, CitationScan.TokenEnd(s, next, end));
        }

        return false;
    }

    private static bool IsShortCapitals(string s, int start, int end)
    {
        if (end - start < 1 || end - start > 6)
        {
            return false;
        }

        for (var i = start; i < end; i++)
        {
            if (s[i] < 'A' || s[i] > 'Z')
            {
                return false;
            }
        }

        return true;
    }
}
