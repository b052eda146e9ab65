// Shared source: see PackedNumbers.cs.
#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// How a record stores a string, as numbers. A string is one number h: <see cref="Null"/>, a pooled string
/// (<see cref="Pooled"/>), or a count of pieces that follow. A piece is a pooled string, or a slice of the embedded
/// file's text: its start, as the zigzag distance from the end of the record's previous slice (values mostly follow
/// the file, so distances are small and never look pooled), then its length. Each encoding has its decoding beside it.
/// </summary>
internal static class RecordStrings
{
    public const int Null = 0;

    /// <summary>The number that stands for pooled string <paramref name="index"/>: always negative.</summary>
    public static int Pooled(int index) => -1 - index;

    /// <summary>Whether <paramref name="code"/> (a head or a piece) is a pooled string.</summary>
    public static bool IsPooled(int code) => code < 0;

    /// <summary>Undoes <see cref="Pooled"/>.</summary>
    public static int PoolIndex(int code) => -1 - code;

    /// <summary>The number that stands for a slice's <paramref name="start"/>, after a slice that ended at <paramref name="previousEnd"/>.</summary>
    public static int SliceStart(int start, int previousEnd) => (int)PackedNumbers.ZigZag(start - previousEnd);

    /// <summary>Undoes <see cref="SliceStart"/>.</summary>
    public static int Start(int code, int previousEnd) => previousEnd + PackedNumbers.Unzigzag((uint)code);
}
