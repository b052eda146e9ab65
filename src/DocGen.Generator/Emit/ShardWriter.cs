using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using DocGen.Core.Model;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Emit;

/// <summary>Writes a shard's data: its header (<see cref="ShardHeader"/>), then every record, as packed numbers.</summary>
public static class ShardWriter
{
    /// <param name="records">The records by slot; null for one that could not be written.</param>
    /// <param name="pool">The pool's strings as stored (<see cref="PoolWriter.Encoded"/>).</param>
    /// <param name="wide">Wide digits (string literals) or narrow ones (UTF-8 bytes): see PackedNumbers.</param>
    internal static string Data(IReadOnlyList<List<int>?> records, IReadOnlyList<string> pool, bool wide)
    {
        // Each record's length in packed characters; 0 marks one that could not be written.
        var packed = records.Select(record => record is null ? string.Empty : Pack(record, wide)).ToList();
        var header = new ShardHeader
        {
            RecordLengths = packed.Select(record => record.Length).ToArray(),
            PoolLengths = pool.Select(value => value.Length).ToArray(),
        };
        var data = new StringBuilder();
        ShardHeader.Walk(new PackedNumberWriter(data, wide), header);
        foreach (var record in packed)
        {
            data.Append(record);
        }

        return data.ToString();
    }

    /// <summary>
    /// The data and pool of a shard holding <paramref name="document"/> alone, nothing sliced from a file: what the
    /// docgen tool reads back through the runtime, so that it sees exactly what a compiled archive holds.
    /// </summary>
    public static (string Data, string Pool) Alone(ParsedDocument document)
    {
        var pool = new PoolWriter();
        var record = RecordWriter.Write(StoredDocumentWriter.From(document, null), null, pool);
        var encoded = pool.Encoded();
        return (Data(new[] { record }, encoded, wide: true), string.Concat(encoded));
    }

    [MethodImpl(Jit.Optimized)]
    private static string Pack(List<int> record, bool wide)
    {
        var text = new StringBuilder();
        PackedNumbers.WriteAll(text, record, wide);
        return text.ToString();
    }
}
