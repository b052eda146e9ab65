// Shared source: compiled into the generator (which writes) and the runtime (which reads), so the two cannot disagree.
using System;
using System.Collections.Generic;
using System.Text;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// The numbers the generator packs into text, so that a whole shard's records compile as one literal (a literal is
/// one token, where an array of numbers costs the compiler a token and a bound node per number), and their reading.
/// Each <c>Write</c> here has its <c>Read</c> beside it.
/// </summary>
/// <remarks>
/// A record number is zigzag-encoded (0, -1, 1, -2 … become 0, 1, 2, 3 …), then written a digit at a time, lowest
/// first, in one of two alphabets, each with a digit for "more follow" and one for "the last":
/// <list type="bullet">
/// <item>narrow, for shards compiled as UTF-8 bytes: five bits a digit, '0' + bits while more follow, ']' + bits for
/// the last (one byte each);</item>
/// <item>wide, for shards compiled as string literals: thirteen bits a digit, U+6E00 + bits while more follow,
/// U+4E00 + bits for the last (one UTF-16 unit each; CJK ideographs, printable and never escaped).</item>
/// </list>
/// Each digit says which alphabet it is in, so one reader reads both. An index number is written in a fixed width of
/// base-32 digits ('0'-'9', 'a'-'v'), most significant first, so any one of them can be read without the others.
/// No alphabet holds '"' or '\', so the literals need no escapes.
/// </remarks>
internal static class PackedNumbers
{
    private const int NarrowMore = '0';
    private const int NarrowLast = ']';
    private const int NarrowBits = 5;
    private const int WideLast = 0x4E00;
    private const int WideMore = 0x6E00;
    private const int WideBits = 13;
    private const int FixedBits = 5;

    /// <summary>
    /// Writes record numbers: narrow digits are one byte each in UTF-8, what a byte literal costs the compiler; wide
    /// ones one UTF-16 unit per 13 bits, what a string literal costs the string heap.
    /// </summary>
    public static void WriteAll(StringBuilder text, IEnumerable<int> values, bool wide = false)
    {
        foreach (var value in values)
        {
            Write(text, value, wide);
        }
    }

    /// <summary>Writes one record number; <see cref="Read"/> reads it.</summary>
    public static void Write(StringBuilder text, int value, bool wide)
    {
        var bits = ZigZag(value);
        var (width, more, last) = wide ? (WideBits, WideMore, WideLast) : (NarrowBits, NarrowMore, NarrowLast);
        var mask = (1u << width) - 1;
        while (bits > mask)
        {
            text.Append((char)(more + (bits & mask)));
            bits >>= width;
        }

        text.Append((char)(last + bits));
    }

    /// <summary>Reads the record number at <paramref name="position"/> and moves past it.</summary>
    public static int Read(string data, ref int position)
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            if (position >= data.Length || shift >= 32)
            {
                throw Corrupt();
            }

            int c = data[position++];
            if (c >= WideLast && c < WideMore + (1 << WideBits))
            {
                var more = c >= WideMore;
                value |= (uint)(c - (more ? WideMore : WideLast)) << shift;
                if (!more)
                {
                    return Unzigzag(value);
                }

                shift += WideBits;
            }
            else if (c >= NarrowLast && c < NarrowLast + (1 << NarrowBits))
            {
                return Unzigzag(value | ((uint)(c - NarrowLast) << shift));
            }
            else if (c >= NarrowMore && c < NarrowMore + (1 << NarrowBits))
            {
                value |= (uint)(c - NarrowMore) << shift;
                shift += NarrowBits;
            }
            else
            {
                throw Corrupt();
            }
        }
    }

    /// <summary>The fewest base-32 digits that hold every value from 0 to <paramref name="max"/>.</summary>
    public static int FixedWidth(int max)
    {
        var width = 1;
        while (width < 6 && (max >> (FixedBits * width)) != 0)
        {
            width++;
        }

        return width;
    }

    /// <summary>Writes an index number in <paramref name="width"/> digits; <see cref="ReadFixed"/> reads it.</summary>
    public static void WriteFixed(StringBuilder text, int value, int width)
    {
        for (var shift = FixedBits * (width - 1); shift >= 0; shift -= FixedBits)
        {
            var digit = (value >> shift) & 31;
            text.Append((char)(digit < 10 ? '0' + digit : 'a' + digit - 10));
        }
    }

    /// <summary>Reads the index number <paramref name="index"/> of <paramref name="width"/> digits.</summary>
    public static int ReadFixed(string text, int index, int width)
    {
        var value = 0;
        var start = index * width;
        for (var i = start; i < start + width; i++)
        {
            var c = text[i];
            var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'v' ? c - 'a' + 10 : throw Corrupt();
            value = (value << FixedBits) | digit;
        }

        return value;
    }

    /// <summary>Zigzag encoding: 0, -1, 1, -2 … become 0, 1, 2, 3 …, so that small negative numbers stay small.</summary>
    public static uint ZigZag(int value) => (uint)((value << 1) ^ (value >> 31));

    /// <summary>Undoes <see cref="ZigZag"/>: 0, 1, 2, 3 … become 0, -1, 1, -2 ….</summary>
    public static int Unzigzag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);

    public static InvalidOperationException Corrupt() =>
        new("The archive's generated data is damaged; rebuild the project.");
}
