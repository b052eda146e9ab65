// Shared source: see PackedNumbers.cs.
using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// The string pool of one shard: the distinct strings its records do not slice from a file, in first-use order, and
/// their stored text. The text must fit a UTF-8 literal, which cannot hold a lone surrogate (CS9026): U+0001 is the
/// escape, written twice for itself, and a lone surrogate becomes U+0001 and its four hex digits. A shard compiled as
/// strings holds the same text, so both kinds read alike. <see cref="PoolReader"/> reads it.
/// </summary>
internal sealed class PoolWriter
{
    public const char Escape = '\u0001';

    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    public List<string> Values { get; } = new();

    public bool Contains(string value) => _indexes.ContainsKey(value);

    /// <summary>The index of <paramref name="value"/>, added at the end when it is new.</summary>
    public int IndexOf(string value)
    {
        if (!_indexes.TryGetValue(value, out var index))
        {
            index = Values.Count;
            _indexes.Add(value, index);
            Values.Add(value);
        }

        return index;
    }

    /// <summary>The stored text of each value, escaped; their concatenation is the pool.</summary>
    public List<string> Encoded() => Values.ConvertAll(Encode);

    public static string Encode(string value)
    {
        if (!NeedsEscapes(value))
        {
            return value;
        }

        var builder = new StringBuilder(value.Length + 8);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == Escape)
            {
                builder.Append(Escape).Append(Escape);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                builder.Append(c).Append(value[++i]);
            }
            else if (char.IsSurrogate(c))
            {
                builder.Append(Escape).Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static bool NeedsEscapes(string value)
    {
        foreach (var c in value)
        {
            if (c == Escape || char.IsSurrogate(c))
            {
                return true;
            }
        }

        return false;
    }
}
