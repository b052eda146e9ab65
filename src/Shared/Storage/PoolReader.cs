// Shared source: see PackedNumbers.cs.
using System.Globalization;
using System.Text;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>Reads the strings of a shard's pool, which <see cref="PoolWriter"/> wrote, each when it is asked for.</summary>
internal sealed class PoolReader
{
    private readonly string _pool;
    private readonly int[] _ends;

    /// <param name="pool">The pool's text.</param>
    /// <param name="lengths">The stored length of each string (<see cref="ShardHeader.PoolLengths"/>).</param>
    public PoolReader(string pool, int[] lengths)
    {
        _pool = pool;
        _ends = new int[lengths.Length];
        var end = 0;
        for (var i = 0; i < lengths.Length; i++)
        {
            _ends[i] = end += lengths[i] < 0 ? throw PackedNumbers.Corrupt() : lengths[i];
        }

        if (end > pool.Length)
        {
            throw PackedNumbers.Corrupt();
        }
    }

    /// <summary>The string <paramref name="index"/>.</summary>
    public string Get(int index)
    {
        if ((uint)index >= (uint)_ends.Length)
        {
            throw PackedNumbers.Corrupt();
        }

        var start = index == 0 ? 0 : _ends[index - 1];
        return Decode(_pool, start, _ends[index] - start);
    }

    /// <summary>Undoes <see cref="PoolWriter.Encode"/> for the text at <paramref name="start"/>.</summary>
    public static string Decode(string pool, int start, int length)
    {
        var at = pool.IndexOf(PoolWriter.Escape, start, length);
        if (at < 0)
        {
            return pool.Substring(start, length);
        }

        var end = start + length;
        var builder = new StringBuilder(length);
        builder.Append(pool, start, at - start);
        for (var i = at; i < end; i++)
        {
            var c = pool[i];
            if (c != PoolWriter.Escape)
            {
                builder.Append(c);
            }
            else if (i + 1 < end && pool[i + 1] == PoolWriter.Escape)
            {
                builder.Append(PoolWriter.Escape);
                i++;
            }
            else if (i + 4 < end && int.TryParse(pool.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                builder.Append((char)unit);
                i += 4;
            }
            else
            {
                throw PackedNumbers.Corrupt();
            }
        }

        return builder.ToString();
    }
}
