using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;

namespace DocGen.Tests.Model;

/// <summary>
/// Every string of the parsed model that the runtime document exposes, found by the runtime type's members and their
/// counterparts (RuntimeMembers), so a check over "all the text a document holds" keeps no hand-kept list either.
/// </summary>
public static class ModelStrings
{
    public static IEnumerable<string> Of(object? parsed, Type runtimeType)
    {
        if (parsed is null || runtimeType.IsPrimitive || runtimeType.IsEnum)
        {
            yield break;
        }

        if (runtimeType == typeof(string))
        {
            if (parsed is string text)
            {
                yield return text;
            }

            yield break;
        }

        if (ElementType(runtimeType) is { } element)
        {
            foreach (var item in parsed is IEnumerable items ? items.Cast<object?>() : Enumerable.Empty<object?>())
            {
                foreach (var text in Of(item, element))
                {
                    yield return text;
                }
            }

            yield break;
        }

        foreach (var member in RuntimeMembers.Of(runtimeType).Where(m => m.Role == MemberRole.Compared && m.IsValue))
        {
            // A member without a counterpart is ModelMatch's failure to report, not this one's.
            if (ModelMatch.TryRead(parsed, member.ParsedPath, out var value))
            {
                foreach (var text in Of(value, member.ValueType))
                {
                    yield return text;
                }
            }
        }
    }

    /// <summary>T for a runtime list of T; the KeyValuePair for a dictionary; null for anything else.</summary>
    private static Type? ElementType(Type type) =>
        new[] { type }.Concat(type.GetInterfaces())
            .FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>))
            ?.GetGenericArguments()[0];
}
