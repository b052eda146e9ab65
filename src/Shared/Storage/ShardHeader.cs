// Shared source: see PackedNumbers.cs.
using System;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// The head of a shard's data, and its one layout: the format (<see cref="StorageLayout.ShardFormat"/>), the count of
/// records, the count of pooled strings, the length of each pooled string (escaped, as the pool holds it), then the
/// length of each record in packed characters (0 for a document the generator could not write, which DG0014 reports).
/// The records follow, in slot order. Lengths count UTF-16 units.
/// </summary>
internal sealed class ShardHeader
{
    public int[] RecordLengths = Array.Empty<int>();
    public int[] PoolLengths = Array.Empty<int>();

    public static void Walk(INumberChannel channel, ShardHeader header)
    {
        var format = StorageLayout.ShardFormat;
        channel.Number(ref format);
        if (format != StorageLayout.ShardFormat)
        {
            throw FormatMismatch(format);
        }

        channel.Count(ref header.RecordLengths);
        channel.Count(ref header.PoolLengths);
        for (var i = 0; i < header.PoolLengths.Length; i++)
        {
            channel.Number(ref header.PoolLengths[i]);
        }

        for (var i = 0; i < header.RecordLengths.Length; i++)
        {
            channel.Number(ref header.RecordLengths[i]);
        }
    }

    public static InvalidOperationException FormatMismatch(int format) =>
        new("The archive's generated data has format " + format + ", but this DocGen library reads format " + StorageLayout.ShardFormat
            + ": the assembly was compiled by another version of DocGen. Rebuild it with the DocGen version it runs with.");
}
