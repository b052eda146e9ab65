using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace DocGen.Tests.Model;

/// <summary>
/// Compares a runtime document (generated and loaded, or mapped by the CLI) with the parser's model by reflection:
/// every public member RuntimeMembers finds on the runtime's type, recursively, against the model's member of the
/// same name (or the one its table names). Nothing is projected by hand, so a runtime member the model has no
/// counterpart for, a method nobody listed as derived, or a value of a type this cannot compare fails, naming it.
/// </summary>
public static class ModelMatch
{
    /// <summary>How much of a long text a message quotes.</summary>
    private const int ShownLength = 600;

    /// <summary>The first difference, as "path: parsed ... but runtime ...", or null when every member matches.</summary>
    public static string? FirstDifference(object? parsed, object? runtime) => Compare(parsed, runtime, runtime?.GetType(), "document");

    private static string? Compare(object? parsed, object? runtime, Type? type, string path)
    {
        if (runtime is null || type is null)
        {
            return IsEmpty(parsed) ? null : $"{path}: parsed {Values.Show(parsed, ShownLength)} but runtime null";
        }

        if (Values.IsScalar(runtime))
        {
            return string.Equals(Values.Scalar(parsed), Values.Scalar(runtime), StringComparison.Ordinal)
                ? null
                : $"{path}: parsed {Values.Show(parsed, ShownLength)} but runtime {Values.Show(runtime, ShownLength)}";
        }

        if (runtime is IEnumerable sequence)
        {
            return CompareItems(parsed, sequence, path);
        }

        if (type.Namespace?.StartsWith("DocGen", StringComparison.Ordinal) != true && !RuntimeMembers.IsPair(type))
        {
            return $"{path}: cannot compare a {type.FullName}; teach ModelMatch how";
        }

        if (parsed is null)
        {
            return $"{path}: parsed null but runtime {type.Name}";
        }

        foreach (var member in RuntimeMembers.Of(type))
        {
            if (member.Role == MemberRole.Derived)
            {
                continue;
            }

            var where = path + "." + member.Name;
            if (!member.IsValue)
            {
                return $"{where}(): a public method of {type.Name} that is not listed as derived; list it in RuntimeMembers with the members it is computed from, or compare it";
            }

            if (!TryRead(parsed, member.ParsedPath, out var counterpart))
            {
                return $"{where}: the parsed model ({parsed.GetType().Name}) has no member {member.ParsedPath} to compare with; "
                    + "add it to the model, or name its counterpart in RuntimeMembers";
            }

            if (Compare(counterpart, member.ValueOf(runtime), member.ValueType, where) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    /// <summary>
    /// Lists item by item; a dictionary's entries (unordered) in ordinal key order against the model's items in the
    /// order of their key's counterpart (Fields: the model's labels), so a dropped or repeated label shows as a count.
    /// </summary>
    private static string? CompareItems(object? parsed, IEnumerable sequence, string path)
    {
        var want = Items(parsed).ToList();
        var got = sequence.Cast<object?>().ToList();
        if (got.Count > 0 && got[0] is { } first && RuntimeMembers.IsPair(first.GetType()))
        {
            var keyPath = RuntimeMembers.Of(first.GetType()).Single(m => m.Name == "Key").ParsedPath;
            got = got.OrderBy(pair => Values.Scalar(pair!.GetType().GetProperty("Key")!.GetValue(pair)), StringComparer.Ordinal).ToList();
            want = want.OrderBy(item => TryRead(item, keyPath, out var key) ? Values.Scalar(key) : null, StringComparer.Ordinal).ToList();
        }

        if (want.Count != got.Count)
        {
            return $"{path}: parsed {want.Count} items but runtime {got.Count}";
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

    /// <summary>Follows a dotted path of public properties ("Start.Precision") from the parsed value.</summary>
    internal static bool TryRead(object? value, string path, out object? result)
    {
        result = value;
        foreach (var name in path.Split('.'))
        {
            var property = result?.GetType().GetProperty(name);
            if (property is null || property.GetIndexParameters().Length > 0)
            {
                result = null;
                return false;
            }

            result = property.GetValue(result);
        }

        return true;
    }

    private static IEnumerable<object?> Items(object? value) => value is IEnumerable items and not string ? items.Cast<object?>() : Enumerable.Empty<object?>();

    private static bool IsEmpty(object? value) => value is null || (value is IEnumerable items and not string && !items.Cast<object?>().Any());
}
