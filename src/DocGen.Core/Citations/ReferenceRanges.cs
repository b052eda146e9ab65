using System.Runtime.CompilerServices;
using DocGen.Core.Formatting;

namespace DocGen.Core.Citations;

/// <summary>Where each archival reference of a citation stands in its text, for diagnostics that point at one.</summary>
public static class ReferenceRanges
{
    /// <summary>
    /// The range of each of <see cref="CitationParts.References"/>, in order; an empty range for one that cannot be
    /// found. References appear in the citation in order, so searching on from the previous one finds each one's own
    /// place even when two are written alike.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static TextRange[] Of(CitationParts citation)
    {
        var ranges = new TextRange[citation.References.Count];
        if (citation.SourceText is null)
        {
            return ranges;
        }

        var from = citation.SourceRange.Start;
        for (var i = 0; i < ranges.Length; i++)
        {
            var raw = citation.References[i].Raw;
            var at = citation.Text.IndexOf(raw, from, System.StringComparison.Ordinal);
            ScanSteps.Add((at < 0 ? citation.Text.Length : at + raw.Length) - from);
            if (at >= 0)
            {
                ranges[i] = new TextRange(at, raw.Length);
                from = at + raw.Length;
            }
        }

        return ranges;
    }
}
