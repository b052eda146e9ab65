using System.Globalization;
using System.Text;

namespace DocGen.Storage;

/// <summary>
/// Undoes the generator's escaping of pooled strings, which lets any string live in a UTF-8 literal: U+0001 twice is
/// U+0001, and U+0001 with four hex digits is that (lone) surrogate. Tables compiled as strings are escaped the same
/// way, so that both kinds read alike.
/// </summary>
internal static class PoolText
{
    private const char Escape = '\u0001';

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
}
