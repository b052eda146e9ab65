using System;
using System.Collections.Generic;
using System.ComponentModel;

namespace DocGen.Storage;

/// <summary>
/// The catalog's lookups, as data: every id in ordinal order for a binary search, where each document lives (its
/// file's table and slot), and the catalog's order (by date, then id). Reading any entry decodes only that entry, so
/// finding a document costs the same in an archive of ten documents or fifty thousand. For generated code only.
/// </summary>
/// <remarks>
/// <c>ids</c> holds the ids one after another in ordinal order. <c>numbers</c> holds three runs
/// of fixed-width numbers, one number per document each: the end of each id in <c>ids</c>; where that
/// document lives (slot × 64 + table); and, in catalog order, the position of each document's id.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class DocumentIndex
{
    /// <summary>How many tables a catalog's documents are spread over at most.</summary>
    public const int TableCount = StorageLayout.TableCount;

    private readonly string _ids;
    private readonly string _numbers;
    private readonly int _width;
    private readonly Func<int, DocumentTable> _table;

    /// <param name="ids">The ids, in ordinal order, one after another.</param>
    /// <param name="numbers">The three runs of fixed-width numbers.</param>
    /// <param name="width">The digits of each number.</param>
    /// <param name="table">Gives the table of a number from 0 to 63.</param>
    public DocumentIndex(string ids, string numbers, int width, Func<int, DocumentTable> table)
    {
        _ids = ids ?? throw new ArgumentNullException(nameof(ids));
        _numbers = numbers ?? throw new ArgumentNullException(nameof(numbers));
        _table = table ?? throw new ArgumentNullException(nameof(table));
        if (width <= 0 || width > 6 || numbers.Length % (3 * width) != 0)
        {
            throw new ArgumentException("The archive's generated index is damaged; rebuild the project.", nameof(numbers));
        }

        _width = width;
        Count = numbers.Length / (3 * width);
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

    private int Number(int run, int index) => PackedNumbers.ReadFixed(_numbers, (run * Count) + index, _width);

    private int IdStart(int sorted) => sorted == 0 ? 0 : Number(0, sorted - 1);

    private string IdAt(int sorted)
    {
        var start = IdStart(sorted);
        return _ids.Substring(start, Number(0, sorted) - start);
    }

    private int Sorted(int position) => Number(2, position);

    private ArchiveDocument DocumentAt(int sorted)
    {
        var place = Number(1, sorted);
        return _table(place % TableCount).Get(place / TableCount);
    }

    /// <summary>Orders the id at <paramref name="sorted"/> against <paramref name="id"/> as string.CompareOrdinal does.</summary>
    private int CompareId(int sorted, string id)
    {
        var start = IdStart(sorted);
        var length = Number(0, sorted) - start;
        var order = string.CompareOrdinal(_ids, start, id, 0, Math.Min(length, id.Length));
        return order != 0 ? order : length - id.Length;
    }
}
