// Shared source: see PackedNumbers.cs.
using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// The catalog's index as data, written by the catalog emitter and read by the runtime's DocumentIndex: the ids one
/// after another in ordinal order, and three runs of fixed-width base-32 numbers (<see cref="PackedNumbers.WriteFixed"/>),
/// one number per document each: the end of each id (<see cref="IdEnds"/>), where that document is
/// (<see cref="Places"/>), and, in catalog order, the position of each document's id (<see cref="Order"/>). Any
/// number reads without the others, so a lookup decodes only what it visits.
/// </summary>
internal static class DocumentIndexLayout
{
    public const int IdEnds = 0;
    public const int Places = 1;
    public const int Order = 2;
    public const int Runs = 3;

    /// <summary>Where a document is: its shard and its slot there, as one number.</summary>
    public static int Place(int shard, int slot) => (slot * StorageLayout.ShardCount) + shard;

    public static int ShardOf(int place) => place % StorageLayout.ShardCount;

    public static int SlotOf(int place) => place / StorageLayout.ShardCount;

    /// <summary>The index of documents given in catalog order, by id and <see cref="Place"/>.</summary>
    public static (string Ids, string Numbers, int Width) Write(IReadOnlyList<string> ids, IReadOnlyList<int> places)
    {
        var sorted = Enumerable.Range(0, ids.Count).OrderBy(i => ids[i], StringComparer.Ordinal).ToArray();
        var positions = new int[ids.Count];
        var text = new StringBuilder();
        var values = new List<int>(Runs * ids.Count);
        for (var p = 0; p < sorted.Length; p++)
        {
            positions[sorted[p]] = p;
            values.Add(text.Append(ids[sorted[p]]).Length);
        }

        values.AddRange(sorted.Select(i => places[i]));
        values.AddRange(positions);
        var width = PackedNumbers.FixedWidth(values.Count == 0 ? 0 : values.Max());
        var numbers = new StringBuilder();
        foreach (var value in values)
        {
            PackedNumbers.WriteFixed(numbers, value, width);
        }

        return (text.ToString(), numbers.ToString(), width);
    }

    /// <summary>How many documents an index of <paramref name="length"/> digits of <paramref name="width"/> holds, or -1 when it is damaged.</summary>
    public static int Count(int length, int width) =>
        width <= 0 || width > 6 || length % (Runs * width) != 0 ? -1 : length / (Runs * width);

    /// <summary>The number <paramref name="index"/> of run <paramref name="run"/> in an index of <paramref name="count"/> documents.</summary>
    public static int Read(string numbers, int width, int count, int run, int index) =>
        PackedNumbers.ReadFixed(numbers, (run * count) + index, width);
}
