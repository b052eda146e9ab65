using System;

namespace DocGen.Csl;

/// <summary>
/// The characters DocGen.Csl's scans over item text visit (a pass over a rich-text value, a look ahead inside it),
/// counted as DocGen.Core's ScanSteps counts the parser's: tests read it to check that the work grows linearly with
/// the input without timing it (a quadratic look ahead allocates nothing, so an allocation count misses it). A scan
/// adds its count once, after it; the count is the calling thread's.
/// </summary>
public static class CslScanSteps
{
    [ThreadStatic]
    private static long _total;

    /// <summary>The characters visited so far by this thread's scans.</summary>
    public static long Total => _total;

    internal static void Add(long characters) => _total += characters;
}
