// Shared source: see CitationStyle.cs.
using System.Diagnostics;
using System;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// The characters (or, for a search over pieces, the pieces) that DocGen.Core's inner scans visit: a scan that starts
/// again inside a pass over a field (a look back, a look ahead, a search). Tests count them to check that the work
/// grows linearly with the input without timing it; an allocation count misses a quadratic scan that allocates
/// nothing, and this does not. A scan adds its count once, after its loop, so counting costs nothing per character.
/// The count is the calling thread's, so tests running in parallel do not add to each other's. The calls compile only
/// into DocGen.Core: the runtime library's copy of the shared code does not count.
/// </summary>
#if DOCGEN_CORE
public
#else
internal
#endif
static class ScanSteps
{
    [ThreadStatic]
    private static long _total;

    /// <summary>The characters visited so far by this thread's scans.</summary>
    public static long Total => _total;

    [Conditional("DOCGEN_CORE")]
    internal static void Add(long characters) => _total += characters;
}
