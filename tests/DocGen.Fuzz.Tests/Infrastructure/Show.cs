using System.Collections;
using System.Globalization;
using System.Text;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>Prints fuzz inputs so a failure report is readable and exact: anything outside printable ASCII as \uXXXX.</summary>
public static class Show
{
    public const int MaxLength = 4000;

    public static string Text(string? text, int max = MaxLength)
    {
        if (text is null)
        {
            return "null";
        }

        var builder = new StringBuilder(text.Length + 2);
        builder.Append('"');
        foreach (var c in text)
        {
            if (builder.Length >= max)
            {
                builder.Append("\"... (").Append(text.Length.ToString("N0", CultureInfo.InvariantCulture)).Append(" chars)");
                return builder.ToString();
            }

            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\n': builder.Append("\\n"); break;
                case '\r': builder.Append("\\r"); break;
                case '\t': builder.Append("\\t"); break;
                default:
                    if (c >= ' ' && c < 0x7F)
                    {
                        builder.Append(c);
                    }
                    else
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    public static string Value(object? value) => value switch
    {
        null => "null",
        string s => Text(s),
        FuzzFile file => file.ToString(),
        IEnumerable items => Items(items),
        _ => value.ToString() ?? string.Empty,
    };

    private static string Items(IEnumerable items)
    {
        var builder = new StringBuilder("[\n");
        foreach (var item in items)
        {
            builder.Append("  ").Append(Value(item)).Append('\n');
        }

        return builder.Append(']').ToString();
    }
}
