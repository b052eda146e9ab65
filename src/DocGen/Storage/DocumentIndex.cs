using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace DocGen.Storage;

/// <summary>
/// The catalog's lookups, as data (<see cref="DocumentIndexLayout"/>): every id in ordinal order for a binary search,
/// where each document is (its shard and slot), and the catalog's order (by date, then id). Reading any entry decodes
/// only that entry, so finding a document costs the same in an archive of ten documents or fifty thousand. For
/// generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DocumentIndex
{
    private readonly string _ids;
    private readonly string _numbers;
    private readonly int _width;
    private readonly Func<int, DocumentShard> _shard;

    /// <param name="ids">The ids, in ordinal order, one after another.</param>
    /// <param name="numbers">The three runs of fixed-width numbers.</param>
    /// <param name="width">The digits of each number.</param>
    /// <param name="shard">Gives the shard of a number from 0 to 63.</param>
    public DocumentIndex(string ids, string numbers, int width, Func<int, DocumentShard> shard)
    {
        _ids = ids ?? throw new ArgumentNullException(nameof(ids));
        _numbers = numbers ?? throw new ArgumentNullException(nameof(numbers));
        _shard = shard ?? throw new ArgumentNullException(nameof(shard));
        Count = DocumentIndexLayout.Count(numbers.Length, width);
        if (Count < 0)
        {
            throw new ArgumentException("The archive's generated index is damaged; rebuild the project.", nameof(numbers));
        }

        _width = width;
        Ids = new LazyList<string>(Count, position => IdAt(Sorted(position)));
        All = new LazyList<ArchiveDocument>(Count, position => DocumentAt(Sorted(position)));
    }

    /// <summary>How many documents the catalog holds.</summary>
    public int Count { get; }

    /// <summary>Every id, in catalog order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Every document, in catalog order; each is built when it is first read.</summary>
    public IReadOnlyList<ArchiveDocument> All { get; }

    /// <summary>Finds the document whose id is <paramref name="id"/> (ordinal, exact).</summary>
    public bool TryGet(string? id, out ArchiveDocument? document)
    {
        document = null;
        if (id is null)
        {
            return false;
        }

        var low = 0;
        var high = Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = CompareId(middle, id);
            if (order == 0)
            {
                document = DocumentAt(middle);
                return true;
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return false;
    }

    private int Number(int run, int index) => DocumentIndexLayout.Read(_numbers, _width, Count, run, index);

    private int IdStart(int sorted) => sorted == 0 ? 0 : Number(DocumentIndexLayout.IdEnds, sorted - 1);

    private string IdAt(int sorted)
    {
        var start = IdStart(sorted);
        return _ids.Substring(start, Number(DocumentIndexLayout.IdEnds, sorted) - start);
    }

    private int Sorted(int position) => Number(DocumentIndexLayout.Order, position);

    private ArchiveDocument DocumentAt(int sorted)
    {
        var place = Number(DocumentIndexLayout.Places, sorted);
        return _shard(DocumentIndexLayout.ShardOf(place)).Get(DocumentIndexLayout.SlotOf(place));
    }

    /// <summary>Orders the id at <paramref name="sorted"/> against <paramref name="id"/> as string.CompareOrdinal does.</summary>
    private int CompareId(int sorted, string id)
    {
        var start = IdStart(sorted);
        var length = Number(DocumentIndexLayout.IdEnds, sorted) - start;
        var order = string.CompareOrdinal(_ids, start, id, 0, Math.Min(length, id.Length));
        return order != 0 ? order : length - id.Length;
    }
}
