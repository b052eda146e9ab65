using System;

namespace DocGen.Storage;

/// <summary>
/// Reads the numbers the generator packs into ASCII text, so that a whole group's records compile as one literal (a
/// UTF-8 literal is one token and lands in the assembly's data, not in the 2^24-byte string heap; an array of
/// numbers costs the compiler a token and a bound node per number).
/// </summary>
/// <remarks>
/// A record number is zigzag-encoded (0, -1, 1, -2 … become 0, 1, 2, 3 …), then written five bits at a time, lowest
/// first: '0' + bits while more follow, ']' + bits for the last. An index number is written in a fixed width of
/// base-32 digits ('0'-'9', 'a'-'v'), most significant first, so any one of them can be read without the others.
/// Neither alphabet holds '"' or '\', so the literals need no escapes.
/// </remarks>
internal static class PackedNumbers
{
    private const int More = '0';
    private const int Last = ']';

    /// <summary>Reads the record number at <paramref name="position"/> and moves past it.</summary>
    public static int Read(byte[] data, ref int position)
    {
        uint value = 0;
        var shift = 0;
        while (true)
        {
            if (position >= data.Length || shift > 30)
            {
                throw Corrupt();
            }

            int b = data[position++];
            if (b >= Last && b < Last + 32)
            {
                value |= (uint)(b - Last) << shift;
                return (int)(value >> 1) ^ -(int)(value & 1);
            }

            if (b < More || b >= More + 32)
            {
                throw Corrupt();
            }

            value |= (uint)(b - More) << shift;
            shift += 5;
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

    private static InvalidOperationException Corrupt() =>
        new("The archive's generated tables are damaged; rebuild the project.");
}
