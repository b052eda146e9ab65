// Shared source: see PackedNumbers.cs.
using System.Globalization;
using System.Text;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// Makes any string fit a UTF-8 literal, which cannot hold a lone surrogate (CS9026), and reads it back: U+0001 is the
/// escape, written twice for itself, and a lone surrogate becomes U+0001 and its four hex digits. Tables compiled as
/// strings are escaped the same way, so that both kinds read alike.
/// </summary>
internal static class PoolText
{
    public const char Escape = '\u0001';

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

    public static string Decode(string pool, int start, int length)
    {
        var at = pool.IndexOf(Escape, start, length);
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
            if (c != Escape)
            {
                builder.Append(c);
            }
            else if (i + 1 < end && pool[i + 1] == Escape)
            {
                builder.Append(Escape);
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
