// Shared source: see CitationStyle.cs.
using System.Diagnostics;
using System.Threading;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// The characters that DocGen.Core's inner scans visit (a scan that starts again inside a pass over a field: a look
/// back, a look ahead, a search), counted so tests can check that the work grows linearly with the input without
/// timing it. An allocation count misses a quadratic scan that allocates nothing; this does not. A pass adds its count
/// once, after its loop, so counting costs nothing per character. The calls compile only into DocGen.Core: the runtime
/// library's copy of the shared code does not count.
/// </summary>
#if DOCGEN_CORE
public
#else
internal
#endif
static class ScanSteps
{
    private static long _total;

    /// <summary>The characters visited so far by every thread in this process.</summary>
    public static long Total => Interlocked.Read(ref _total);

    [Conditional("DOCGEN_CORE")]
    internal static void Add(long characters) => Interlocked.Add(ref _total, characters);
}
