using System.Collections.Generic;
using System.Text;

namespace DocGen.Generator.Emit;

/// <summary>
/// Packs numbers into text the runtime's <c>PackedNumbers</c> reads back (its remarks give the format; the round-trip
/// tests hold the two together): records as zigzag varints, narrow (ASCII, 5 bits a digit) for tables compiled as
/// UTF-8 bytes or wide (CJK ideographs, 13 bits a digit) for tables compiled as strings; index entries in a fixed width.
/// </summary>
public static class PackedNumberWriter
{
    /// <summary>
    /// Narrow digits are one byte each in UTF-8, what a byte literal costs the compiler; wide ones one UTF-16 unit per
    /// 13 bits, what a string literal costs the string heap.
    /// </summary>
    public static void AppendAll(StringBuilder text, IEnumerable<int> values, bool wide = false)
    {
        foreach (var value in values)
        {
            Append(text, value, wide);
        }
    }

    private static void Append(StringBuilder text, int value, bool wide)
    {
        var bits = ZigZag(value);
        var (width, more, last) = wide ? (13, 0x6E00, 0x4E00) : (5, '0', ']');
        var mask = (1u << width) - 1;
        while (bits > mask)
        {
            text.Append((char)(more + (bits & mask)));
            bits >>= width;
        }

        text.Append((char)(last + bits));
    }

    /// <summary>Zigzag encoding: 0, -1, 1, -2 … become 0, 1, 2, 3 …, so that small negative numbers stay small.</summary>
    public static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

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
