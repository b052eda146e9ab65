using System;
using System.Globalization;
using System.Text;

namespace DocGen.Tests.Model;

/// <summary>How the comparer and the decoded view read and write a single value: the same text in any culture.</summary>
public static class Values
{
    /// <summary>A value compared and printed whole: text, a number, a flag or an enum member.</summary>
    public static bool IsScalar(object value) => value is string || value.GetType().IsPrimitive || value.GetType().IsEnum;

    /// <summary>
    /// The value as invariant text; an enum by member name, so the parser's and the runtime's DatePrecision (two
    /// enums with the same names, RuntimeModelSyncTests) compare equal.
    /// </summary>
    public static string? Scalar(object? value) => value switch
    {
        null => null,
        bool flag => flag ? "true" : "false",
        Enum member => member.ToString(),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    /// <summary>
    /// The value for a reader: text quoted, with quotes, backslashes, line breaks, controls, bidi and other invisible
    /// format characters and lone surrogates written as escapes, so a snapshot reads the same in any viewer.
    /// </summary>
    public static string Show(object? value, int maxLength = int.MaxValue)
    {
        if (value is null)
        {
            return "null";
        }

        if (value is not string text)
        {
            return Scalar(value) ?? "null";
        }

        var builder = new StringBuilder(text.Length + 2).Append('"');
        for (var i = 0; i < text.Length && i < maxLength; i++)
        {
            var c = text[i];
            var pair = char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
            if (pair)
            {
                builder.Append(c).Append(text[++i]);
                continue;
            }

            builder.Append(c switch
            {
                '"' => "\\\"",
                '\\' => "\\\\",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when IsInvisible(c) => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        if (text.Length > maxLength)
        {
            builder.Append("...(").Append(text.Length.ToString(CultureInfo.InvariantCulture)).Append(" chars)");
        }

        return builder.Append('"').ToString();
    }

    private static bool IsInvisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
        or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator or UnicodeCategory.Surrogate
        or UnicodeCategory.PrivateUse or UnicodeCategory.SpaceSeparator && c != ' ';
}
