using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace DocGen.Csl.Data;

/// <summary>
/// A small JSON reader (netstandard2.0's base library has none). Objects become
/// <see cref="Dictionary{TKey,TValue}"/> , arrays <see cref="List{T}"/>,
/// numbers <see cref="double"/>, plus string, bool and null. One pass, linear in the text.
/// </summary>
public static class Json
{
    public static object? Parse(string text)
    {
        var position = 0;
        var value = ReadValue(text, ref position, 0);
        SkipSpace(text, ref position);
        if (position != text.Length)
        {
            throw new FormatException($"JSON: unexpected text at offset {position}");
        }

        return value;
    }

    private const int MaxDepth = 256;

    private static object? ReadValue(string text, ref int position, int depth)
    {
        if (depth > MaxDepth)
        {
            throw new FormatException("JSON: nested too deeply");
        }

        SkipSpace(text, ref position);
        if (position >= text.Length)
        {
            throw new FormatException("JSON: unexpected end");
        }

        var c = text[position];
        switch (c)
        {
            case '{':
                return ReadObject(text, ref position, depth);
            case '[':
                return ReadArray(text, ref position, depth);
            case '"':
                return ReadString(text, ref position);
            case 't':
                Expect(text, ref position, "true");
                return true;
            case 'f':
                Expect(text, ref position, "false");
                return false;
            case 'n':
                Expect(text, ref position, "null");
                return null;
            default:
                return ReadNumber(text, ref position);
        }
    }

    private static Dictionary<string, object?> ReadObject(string text, ref int position, int depth)
    {
        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        position++;
        SkipSpace(text, ref position);
        if (position < text.Length && text[position] == '}')
        {
            position++;
            return result;
        }

        while (true)
        {
            SkipSpace(text, ref position);
            var key = ReadString(text, ref position);
            SkipSpace(text, ref position);
            Expect(text, ref position, ":");
            result[key] = ReadValue(text, ref position, depth + 1);
            SkipSpace(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            Expect(text, ref position, "}");
            return result;
        }
    }

    private static List<object?> ReadArray(string text, ref int position, int depth)
    {
        var result = new List<object?>();
        position++;
        SkipSpace(text, ref position);
        if (position < text.Length && text[position] == ']')
        {
            position++;
            return result;
        }

        while (true)
        {
            result.Add(ReadValue(text, ref position, depth + 1));
            SkipSpace(text, ref position);
            if (position < text.Length && text[position] == ',')
            {
                position++;
                continue;
            }

            Expect(text, ref position, "]");
            return result;
        }
    }

    private static string ReadString(string text, ref int position)
    {
        Expect(text, ref position, "\"");
        var builder = new StringBuilder();
        while (position < text.Length)
        {
            var c = text[position++];
            if (c == '"')
            {
                return builder.ToString();
            }

            if (c != '\\')
            {
                builder.Append(c);
                continue;
            }

            if (position >= text.Length)
            {
                break;
            }

            var escape = text[position++];
            switch (escape)
            {
                case 'n': builder.Append('\n'); break;
                case 't': builder.Append('\t'); break;
                case 'r': builder.Append('\r'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'u':
                    if (position + 4 > text.Length)
                    {
                        throw new FormatException("JSON: short \\u escape");
                    }

                    builder.Append((char)int.Parse(text.Substring(position, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                    position += 4;
                    break;
                default: builder.Append(escape); break;
            }
        }

        throw new FormatException("JSON: unterminated string");
    }

    private static double ReadNumber(string text, ref int position)
    {
        var start = position;
        while (position < text.Length && "+-0123456789.eE".IndexOf(text[position]) >= 0)
        {
            position++;
        }

        if (start == position)
        {
            throw new FormatException($"JSON: unexpected character at offset {position}");
        }

        return double.Parse(text.Substring(start, position - start), NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    private static void Expect(string text, ref int position, string token)
    {
        if (string.CompareOrdinal(text, position, token, 0, token.Length) != 0)
        {
            throw new FormatException($"JSON: expected '{token}' at offset {position}");
        }

        position += token.Length;
    }

    private static void SkipSpace(string text, ref int position)
    {
        while (position < text.Length && char.IsWhiteSpace(text[position]))
        {
            position++;
        }
    }
}
