using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes any string as a regular C# string literal. Beyond quotes, backslashes and control characters, it escapes
/// every format character (bidi overrides, zero-width joiners, BOM: Trojan Source), line and paragraph separators,
/// and lone surrogates, none of which SymbolDisplay.FormatLiteral escapes.
/// </summary>
public static class CSharpLiteral
{
    [MethodImpl(Jit.Optimized)]
    public static string Quote(string? value) =>
        value is null ? "null" : Quote(new StringBuilder(value.Length + 2), value).ToString();

    /// <summary>Appends the literal to <paramref name="builder"/>: a long value is then copied once, not three times.</summary>
    [MethodImpl(Jit.Optimized)]
    public static StringBuilder Quote(StringBuilder builder, string? value)
    {
        if (value is null)
        {
            return builder.Append("null");
        }

        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default: i = AppendVisible(builder, value, i); break;
            }
        }

        return builder.Append('"');
    }

    /// <summary>
    /// Characters that are invisible, reorder text, end a line, or cannot be encoded on their own. Unassigned code
    /// points are left as they are: which ones are unassigned depends on the runtime's Unicode version, and the same
    /// archive must give the same bytes in Visual Studio and on the command line.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static bool MustEscape(char c) => MustEscape(CharUnicodeInfo.GetUnicodeCategory(c));

    [MethodImpl(Jit.Optimized)]
    private static bool MustEscape(UnicodeCategory category) => category switch
    {
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator
            or UnicodeCategory.Surrogate or UnicodeCategory.PrivateUse => true,
        _ => false,
    };

    /// <summary>
    /// Appends the character at <paramref name="i"/> as it is (with its low surrogate when it starts a pair), or as an
    /// escape when it must be; returns the index of the last character it used.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static int AppendVisible(StringBuilder builder, string text, int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
        {
            // A pair is one character: invisible ones exist beyond the BMP too (tag characters, planes 15-16).
            if (MustEscape(CharUnicodeInfo.GetUnicodeCategory(text, i)))
            {
                builder.Append("\\U").Append(char.ConvertToUtf32(c, text[i + 1]).ToString("X8", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c).Append(text[i + 1]);
            }

            return i + 1;
        }

        if (MustEscape(c))
        {
            AppendEscape(builder, c);
        }
        else
        {
            builder.Append(c);
        }

        return i;
    }

    public static void AppendEscape(StringBuilder builder, char c) =>
        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
}
