using System;

namespace DocGen.Storage;

/// <summary>
/// Reads the numbers the generator packs into text, so that a whole group's records compile as one literal: a
/// literal is one token, where an array of numbers costs the compiler a token and a bound node per number.
/// </summary>
/// <remarks>
/// A record number is zigzag-encoded (0, -1, 1, -2 … become 0, 1, 2, 3 …), then written a digit at a time, lowest
/// first, in one of two alphabets, each with a digit for "more follow" and one for "the last":
/// <list type="bullet">
/// <item>narrow, for tables compiled as UTF-8 bytes: five bits a digit, '0' + bits while more follow, ']' + bits for
/// the last (one byte each);</item>
/// <item>wide, for tables compiled as string literals: thirteen bits a digit, U+6E00 + bits while more follow,
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

    /// <summary>Reads the index number <paramref name="index"/> of <paramref name="width"/> digits.</summary>
    public static int ReadFixed(string text, int index, int width)
    {
        var value = 0;
        var start = index * width;
        for (var i = start; i < start + width; i++)
        {
            var c = text[i];
            var digit = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'v' ? c - 'a' + 10 : throw Corrupt();
            value = (value << 5) | digit;
        }

        return value;
    }

    internal static InvalidOperationException Corrupt() =>
        new("The archive's generated tables are damaged; rebuild the project.");

    /// <summary>Undoes zigzag encoding: 0, 1, 2, 3 … become 0, -1, 1, -2 ….</summary>
    internal static int Unzigzag(uint value) => (int)(value >> 1) ^ -(int)(value & 1);
}
