using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace DocGen.Tests.Model;

/// <summary>
/// Documents as a reviewer reads them: every public value member RuntimeMembers finds, recursively, one per line in
/// its ordinal name order, indented by depth, with Values' culture-free text. Derived methods (Cite, ToDateTime) are
/// not printed: they are computed from the lines shown. A dictionary prints in ordinal key order.
/// </summary>
public static class DecodedView
{
    public static string Of(IReadOnlyList<object> documents)
    {
        var builder = new StringBuilder();
        builder.Append("documents: ").Append(documents.Count.ToString(CultureInfo.InvariantCulture)).Append('\n');
        for (var i = 0; i < documents.Count; i++)
        {
            builder.Append('\n').Append('[').Append(i.ToString(CultureInfo.InvariantCulture)).Append("] ").Append(documents[i].GetType().Name).Append('\n');
            Members(documents[i], 1, builder);
        }

        return builder.ToString();
    }

    private static void Members(object value, int depth, StringBuilder builder)
    {
        foreach (var member in RuntimeMembers.Of(value.GetType()).Where(m => m.IsValue))
        {
            Write(member.Name, member.ValueOf(value), depth, builder);
        }
    }

    private static void Write(string label, object? value, int depth, StringBuilder builder)
    {
        builder.Append(' ', depth * 2).Append(label).Append(':');
        if (value is null || Values.IsScalar(value))
        {
            builder.Append(' ').Append(Values.Show(value)).Append('\n');
            return;
        }

        if (value is IEnumerable sequence)
        {
            var items = sequence.Cast<object?>().ToList();
            if (items.Count > 0 && items[0] is { } first && RuntimeMembers.IsPair(first.GetType()))
            {
                items = items.OrderBy(pair => Values.Scalar(pair!.GetType().GetProperty("Key")!.GetValue(pair)), StringComparer.Ordinal).ToList();
            }

            builder.Append(items.Count == 0 ? " (none)\n" : "\n");
            for (var i = 0; i < items.Count; i++)
            {
                Write("[" + i.ToString(CultureInfo.InvariantCulture) + "]", items[i], depth + 1, builder);
            }

            return;
        }

        builder.Append('\n');
        Members(value, depth + 1, builder);
    }
}
