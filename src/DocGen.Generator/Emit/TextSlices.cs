using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes a document's strings into its record (<see cref="RecordStrings"/>): as slices of the embedded archive file
/// (<c>ArchiveText</c>) found by searching the file's text for them, or as the shard's pooled strings. Values come out
/// of the file almost as written (a wrapped title or paragraph is its lines joined), so a few slices rebuild each; what
/// the file does not hold as written (a joiner, a normalised date) is pooled. Rebuilding is exact by construction:
/// every slice is the value's own characters, compared one by one.
/// </summary>
internal sealed class TextSlices
{
    /// <summary>Values this short are pooled: they repeat across documents ("f.", "ru"), and a slice saves nothing.</summary>
    public const int PoolLimit = 4;

    /// <summary>Values up to this long are sliced only whole: a short value in pieces is cheaper pooled.</summary>
    public const int WholeLimit = 32;

    private const int Probe = 64;
    private const int MinimumProbe = 4;

    /// <summary>How far past the last slice the rest of a value is looked for first.</summary>
    private const int Near = 16;

    /// <summary>What a document may search beyond 16 times its length: room for the short values of a short one.</summary>
    internal const int Allowance = 4_096;

    private readonly string _text;
    private readonly long _initial;
    private long _budget;

    /// <summary>Where the last slice written ended: slices are written as distances from it, and searched near it.</summary>
    private int _end;

    /// <param name="text">
    /// The document's text in the embedded file as the compiler read it (the whole file, or the document's own part of
    /// a file of many), or null when it is not embedded (all pooled).
    /// </param>
    public TextSlices(string? text)
    {
        _text = text ?? string.Empty;

        // Searching is bounded so that no document, however hostile, costs more than linear time in its own text: when
        // the budget is spent, the remaining values are pooled. A file of many documents thus costs its own length.
        _budget = text is null ? 0 : (16L * text.Length) + Allowance;
        _initial = _budget;
    }

    /// <summary>How many characters of the text the searches have visited so far (what the budget counts).</summary>
    public long Visited => _initial - _budget;

    /// <summary>Appends <paramref name="value"/> as a record string (<see cref="RecordStrings"/>).</summary>
    [MethodImpl(Jit.Optimized)]
    public void Write(string? value, List<int> data, PoolWriter pool)
    {
        if (value is null)
        {
            data.Add(RecordStrings.Null);
            return;
        }

        if (value.Length <= PoolLimit || _budget <= 0 || pool.Contains(value))
        {
            data.Add(Pooled(value, pool));
            return;
        }

        var countAt = data.Count;
        var end = _end;
        data.Add(0);
        var pieces = value.Length <= WholeLimit ? SliceWhole(value, data) : Slice(value, data, pool);
        if (pieces < 0)
        {
            // Not in the file, or too fragmented to be worth slicing: pooled.
            data.RemoveRange(countAt, data.Count - countAt);
            _end = end;
            data.Add(Pooled(value, pool));
            return;
        }

        data[countAt] = pieces;
    }

    [MethodImpl(Jit.Optimized)]
    private static int Pooled(string value, PoolWriter pool) => RecordStrings.Pooled(pool.IndexOf(value));

    /// <summary>Appends the value as one slice and returns 1, or -1 when the file does not hold it as written.</summary>
    [MethodImpl(Jit.Optimized)]
    private int SliceWhole(string value, List<int> data)
    {
        var start = SearchNear(value, 0, value.Length);
        if (start < 0)
        {
            start = SearchAnywhere(value, 0, value.Length);
        }

        if (start < 0)
        {
            return -1;
        }

        AddSlice(data, start, value.Length);
        return 1;
    }

    /// <summary>Appends the pieces that rebuild the value and returns their count, or -1 when pooling it is better.</summary>
    [MethodImpl(Jit.Optimized)]
    private int Slice(string value, List<int> data, PoolWriter pool)
    {
        // Pooled pieces join the shard's pool only once the value is kept as slices: a value that ends up pooled whole
        // must not leave its fragments in the pool.
        var fragments = new List<(int At, string Text)>();
        var pending = new StringBuilder();
        var pieces = 0;
        var position = 0;
        while (position < value.Length)
        {
            var (start, length) = _budget > 0 ? Find(value, position) : (-1, 0);
            if (length == 0 && position == 0)
            {
                // A value that does not begin as the file does (an id made from the file name) is not from the file:
                // searching on, character by character, would spend the budget of the whole document.
                return -1;
            }

            if (length == 0)
            {
                // A joiner, or a word the file does not hold: the rest of that word is not searched for letter by letter.
                var word = !char.IsWhiteSpace(value[position]);
                do
                {
                    pending.Append(value[position++]);
                }
                while (word && position < value.Length && !char.IsWhiteSpace(value[position]));

                continue;
            }

            pieces += Flush(pending, data, fragments);
            AddSlice(data, start, length);
            pieces++;
            position += length;
        }

        pieces += Flush(pending, data, fragments);
        if (pieces > value.Length / 8 + 1)
        {
            return -1;
        }

        foreach (var (at, text) in fragments)
        {
            data[at] = Pooled(text, pool);
        }

        return pieces;
    }

    /// <summary>A slice is its start as a zigzag distance from the last slice's end (non-negative, as pooled pieces are not), then its length.</summary>
    [MethodImpl(Jit.Optimized)]
    private void AddSlice(List<int> data, int start, int length)
    {
        data.Add(RecordStrings.SliceStart(start, _end));
        data.Add(length);
        _end = start + length;
    }

    /// <summary>The longest run of the text that equals the value from <paramref name="position"/>, or length 0.</summary>
    private (int Start, int Length) Find(string value, int position)
    {
        // Near the last slice first: the rest of a wrapped line or paragraph follows within a few characters (a line
        // break, trailing spaces). A white-space character found nowhere near is a joiner: a literal, no search.
        var start = Search(value, position, local: true);
        if (start < 0 && !char.IsWhiteSpace(value[position]))
        {
            start = Search(value, position, local: false);
        }

        if (start < 0)
        {
            return (-1, 0);
        }

        var length = 0;
        while (start + length < _text.Length && position + length < value.Length && _text[start + length] == value[position + length])
        {
            length++;
        }

        return (start, length);
    }

    /// <summary>Where the longest probe (64 characters, halved down to 4) of the value at <paramref name="position"/> occurs.</summary>
    [MethodImpl(Jit.Optimized)]
    private int Search(string value, int position, bool local)
    {
        var remaining = value.Length - position;
        var smallest = Math.Min(MinimumProbe, remaining);

        // Longer probes are found only where the shortest is: where it is nowhere, one search says so, not five.
        var shortest = local ? -1 : SearchAnywhere(value, position, smallest);
        if (!local && shortest < 0)
        {
            return -1;
        }

        // Halving down to the shortest probe itself (30, 15, 7, 4), never past it (30, 15, 7 would miss a 4-5 run).
        // Anywhere in the file, the shortest was searched for above, and the same search gives the same place.
        for (var probe = Math.Min(Probe, remaining); _budget > 0; probe = Math.Max(smallest, probe / 2))
        {
            var found = local ? SearchNear(value, position, probe) : probe == smallest ? shortest : SearchAnywhere(value, position, probe);
            if (found >= 0 || probe == smallest)
            {
                return found;
            }
        }

        return -1;
    }

    [MethodImpl(Jit.Optimized)]
    private int SearchNear(string value, int position, int probe)
    {
        var cursor = Math.Min(_end, _text.Length);
        var count = Math.Min(_text.Length - cursor, probe + Near);
        _budget -= count;
        return _text.IndexOf(value.Substring(position, probe), cursor, count, StringComparison.Ordinal);
    }

    /// <summary>After the last slice first (values come mostly in file order), then before it.</summary>
    [MethodImpl(Jit.Optimized)]
    private int SearchAnywhere(string value, int position, int probe)
    {
        var key = value.Substring(position, probe);
        var cursor = Math.Min(_end, _text.Length);
        var found = _text.IndexOf(key, cursor, StringComparison.Ordinal);
        _budget -= found < 0 ? _text.Length - cursor : found - cursor + probe;
        if (found < 0 && cursor > 0 && _budget > 0)
        {
            found = _text.IndexOf(key, 0, Math.Min(_text.Length, cursor + probe - 1), StringComparison.Ordinal);
            _budget -= found < 0 ? cursor : found + probe;
        }

        return found;
    }

    /// <summary>Appends a placeholder for the pending characters, pooled once the value is kept (see Slice).</summary>
    [MethodImpl(Jit.Optimized)]
    private static int Flush(StringBuilder pending, List<int> data, List<(int At, string Text)> fragments)
    {
        if (pending.Length == 0)
        {
            return 0;
        }

        fragments.Add((data.Count, pending.ToString()));
        data.Add(-1);
        pending.Clear();
        return 1;
    }
}
