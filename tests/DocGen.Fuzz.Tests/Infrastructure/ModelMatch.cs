using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Reflection;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// Compares a compiled document with the parser's model by reflection: every public property of the runtime's type,
/// recursively, against the model's property of the same name. Nothing is listed by hand, so a member added to the
/// runtime type that the model has no counterpart for, or of a type this cannot compare, fails the comparison.
/// </summary>
public static class ModelMatch
{
    /// <summary>The first difference, as "path: parsed ... but compiled ...", or null when every member matches.</summary>
    public static string? FirstDifference(object? parsed, object? compiled) => Compare(parsed, compiled, compiled?.GetType(), "document");

    private static string? Compare(object? parsed, object? compiled, Type? type, string path)
    {
        if (compiled is null || type is null)
        {
            return IsEmpty(parsed) ? null : $"{path}: parsed {Show(parsed)} but compiled null";
        }

        if (compiled is string || type.IsPrimitive || type.IsEnum)
        {
            return string.Equals(Scalar(parsed), Scalar(compiled), StringComparison.Ordinal) ? null : $"{path}: parsed {Show(parsed)} but compiled {Show(compiled)}";
        }

        if (compiled is IReadOnlyDictionary<string, string> dictionary)
        {
            // The model keeps labelled fields as a list of (Label, Value) in file order; the runtime as a dictionary.
            var want = Items(parsed).Select(item => Get(item, "Label") + "\u0001" + Get(item, "Value")).OrderBy(s => s, StringComparer.Ordinal);
            var got = dictionary.Select(pair => pair.Key + "\u0001" + pair.Value).OrderBy(s => s, StringComparer.Ordinal);
            return want.SequenceEqual(got, StringComparer.Ordinal) ? null : $"{path}: parsed [{string.Join(", ", want)}] but compiled [{string.Join(", ", got)}]";
        }

        if (compiled is IEnumerable sequence)
        {
            var want = Items(parsed).ToList();
            var got = sequence.Cast<object?>().ToList();
            if (want.Count != got.Count)
            {
                return $"{path}: parsed {want.Count} items but compiled {got.Count}";
            }

            for (var i = 0; i < got.Count; i++)
            {
                if (Compare(want[i], got[i], got[i]?.GetType(), $"{path}[{i}]") is { } difference)
                {
                    return difference;
                }
            }

            return null;
        }

        if (type.Namespace?.StartsWith("DocGen", StringComparison.Ordinal) != true)
        {
            return $"{path}: cannot compare a {type.FullName}; teach ModelMatch how";
        }

        if (parsed is null)
        {
            return $"{path}: parsed null but compiled {type.Name}";
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => IsStored(type, p)).OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var counterpart = parsed.GetType().GetProperty(property.Name, BindingFlags.Public | BindingFlags.Instance);
            if (counterpart is null)
            {
                return $"{path}.{property.Name}: the parsed model ({parsed.GetType().Name}) has no member of that name to compare with";
            }

            if (Compare(counterpart.GetValue(parsed), property.GetValue(compiled), property.PropertyType, path + "." + property.Name) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>
    /// A property that holds state of its own (an auto-property, with its compiler-made field). A computed one
    /// (<c>IsExact</c>, <c>IsShelfmark</c>) is made from stored ones, which are compared, so it is left out.
    /// </summary>
    private static bool IsStored(Type type, PropertyInfo property) =>
        property.GetIndexParameters().Length == 0
        && type.GetField("<" + property.Name + ">k__BackingField", BindingFlags.NonPublic | BindingFlags.Instance) is not null;

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable items and not string ? items.Cast<object?>() : Enumerable.Empty<object?>();

    private static bool IsEmpty(object? value) => value is null || (value is IEnumerable items and not string && !items.Cast<object?>().Any());

    private static string? Get(object? item, string name) => item?.GetType().GetProperty(name)?.GetValue(item) as string;

    private static string? Scalar(object? value) => value switch
    {
        null => null,
        Enum e => e.ToString(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static string Show(object? value) => value is null ? "null" : DocGen.Fuzz.Tests.Infrastructure.Show.Text(Scalar(value), 600);
}
