using System;
using System.Collections.Generic;
using System.Globalization;
using DocGen.Csl.Data;
using DocGen.Csl.Output;
using DocGen.Csl.Style;
using SortKey = DocGen.Csl.Style.SortKey;

namespace DocGen.Csl.Render;

/// <summary>Sort values for cs:sort keys, and their comparison (empty values last, whatever the direction).</summary>
internal static class SortKeys
{
    public static string?[] Values(Func<SortKey, RenderContext> context, IReadOnlyList<SortKey> keys, Writer writer)
    {
        var values = new string?[keys.Count];
        for (var i = 0; i < keys.Count; i++)
        {
            var key = keys[i];
            var ctx = context(key);
            var evaluator = new Evaluator(ctx);
            Node? node;
            if (key.Macro is { } macro)
            {
                node = ctx.Style.Macros.TryGetValue(macro, out var body) ? evaluator.RenderAll(body, Formatting.None) : null;
            }
            else if (key.Variable is { } variable)
            {
                node = VariableNode(evaluator, ctx, variable);
            }
            else
            {
                node = null;
            }

            var text = writer.Write(node);
            values[i] = text.Length == 0 ? null : text;
        }

        return values;
    }

    private static Node? VariableNode(Evaluator evaluator, RenderContext ctx, string variable)
    {
        if (ctx.Item.GetNames(variable) is not null)
        {
            var names = new NamesElement(Formatting.None, new[] { variable }, null, null, null, "et-al", null, false, null);
            return evaluator.Render(names);
        }

        if (ctx.Item.GetDate(variable) is { } date)
        {
            return new TextNode(DateValue(date));
        }

        var text = evaluator.VariableText(variable);
        if (text is null)
        {
            return null;
        }

        return new TextNode(Numbers.IsNumeric(text) ? PadNumbers(text) : text);
    }

    /// <summary>A date as text that sorts in date order; a range sorts by its start, then its end.</summary>
    public static string DateValue(CslDate date, bool year = true, bool month = true, bool day = true)
    {
        if (date.Points.Length == 0)
        {
            return date.Literal ?? string.Empty;
        }

        string Point(DatePoint point) =>
            (year ? point.Year + 50000 : 0).ToString("000000", CultureInfo.InvariantCulture)
            + (month ? point.Month : 0).ToString("00", CultureInfo.InvariantCulture)
            + (day ? point.Day : 0).ToString("00", CultureInfo.InvariantCulture);

        var text = Point(date.Start);
        return date.IsRange ? text + "/" + Point(date.Points[1]) : text;
    }

    public static string PadNumbers(string text)
    {
        var builder = new System.Text.StringBuilder();
        foreach (var token in Numbers.Tokens(text))
        {
            builder.Append(token.Length > 0 && char.IsDigit(token[0]) ? token.PadLeft(10, '0') : token);
        }

        return builder.ToString();
    }

    public static int Compare(string?[] a, string?[] b, IReadOnlyList<SortKey> keys)
    {
        for (var i = 0; i < keys.Count; i++)
        {
            var x = a[i];
            var y = b[i];
            if (x is null && y is null)
            {
                continue;
            }

            if (x is null)
            {
                return 1;
            }

            if (y is null)
            {
                return -1;
            }

            var c = CompareText(x, y);
            if (c != 0)
            {
                return keys[i].Descending ? -c : c;
            }
        }

        return 0;
    }

    private static int CompareText(string x, string y)
    {
        return SortCollation.Compare(Clean(x), Clean(y));
    }

    /// <summary>Markup and punctuation (but inner apostrophes) do not take part in ordering.</summary>
    private static string Clean(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        var inTag = false;
        foreach (var c in text)
        {
            if (c == '<')
            {
                inTag = true;
            }
            else if (c == '>' && inTag)
            {
                inTag = false;
            }
            else if (!inTag && (!char.IsPunctuation(c) || (c is '\'' or '\u2019' && builder.Length > 0)))
            {
                // Punctuation does not order entries, except an apostrophe inside a name ("d’Wander").
                builder.Append(c);
            }
        }

        return builder.ToString();
    }
}
