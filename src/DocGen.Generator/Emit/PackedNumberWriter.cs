using System.Collections.Generic;
using System.Text;

namespace DocGen.Generator.Emit;

/// <summary>
/// Packs numbers into ASCII text the runtime's <c>PackedNumbers</c> reads back (its remarks give the format; the
/// round-trip tests hold the two together): records as zigzag base-32 varints, index entries in a fixed width.
/// </summary>
public static class PackedNumberWriter
{
    public static void Append(StringBuilder text, int value)
    {
        var bits = (uint)((value << 1) ^ (value >> 31));
        while (bits >= 32)
        {
            text.Append((char)('0' + (bits & 31)));
            bits >>= 5;
        }

        text.Append((char)(']' + bits));
    }

    public static void AppendAll(StringBuilder text, IEnumerable<int> values)
    {
        foreach (var value in values)
        {
            Append(text, value);
        }
    }

    /// <summary>The fewest base-32 digits that hold every value from 0 to <paramref name="max"/>.</summary>
    public static int Width(int max)
    {
        var width = 1;
        while (width < 6 && (max >> (5 * width)) != 0)
        {
            width++;
        }

        return width;
    }

    public static void AppendFixed(StringBuilder text, int value, int width)
    {
        for (var shift = 5 * (width - 1); shift >= 0; shift -= 5)
        {
            var digit = (value >> shift) & 31;
            text.Append((char)(digit < 10 ? '0' + digit : 'a' + digit - 10));
        }
    }
}
