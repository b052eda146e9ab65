using System;
using System.Globalization;
using System.Text;

namespace DocGen.Storage;

/// <summary>
/// Undoes the generator's escaping of pooled strings, which lets any string live in a UTF-8 literal: U+0001 twice is
/// U+0001, and U+0001 with four hex digits is that (lone) surrogate.
/// </summary>
internal static class PoolText
{
    private const char Escape = '\u0001';

    public static string Decode(byte[] pool, int start, int length)
    {
        var text = Encoding.UTF8.GetString(pool, start, length);
        var at = text.IndexOf(Escape);
        if (at < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length);
        builder.Append(text, 0, at);
        for (var i = at; i < text.Length; i++)
        {
            var c = text[i];
            if (c != Escape)
            {
                builder.Append(c);
            }
            else if (i + 1 < text.Length && text[i + 1] == Escape)
            {
                builder.Append(Escape);
                i++;
            }
            else if (i + 4 < text.Length && int.TryParse(text.Substring(i + 1, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var unit))
            {
                builder.Append((char)unit);
                i += 4;
            }
            else
            {
                throw new InvalidOperationException("The archive's generated tables are damaged; rebuild the project.");
            }
        }

        return builder.ToString();
    }
}
