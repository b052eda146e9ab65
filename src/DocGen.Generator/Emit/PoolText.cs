using System.Text;

namespace DocGen.Generator.Emit;

/// <summary>
/// Makes any string fit a UTF-8 literal, which cannot hold a lone surrogate (CS9026): U+0001 is the escape, written
/// twice for itself, and a lone surrogate becomes U+0001 and its four hex digits. The runtime's PoolText undoes it.
/// </summary>
public static class PoolText
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
                builder.Append(Escape).Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
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
