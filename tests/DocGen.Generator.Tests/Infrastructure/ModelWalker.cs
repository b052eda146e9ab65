using System;
using System.Collections;
using System.Collections.Generic;
using System.Reflection;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// Walks a pipeline model and fails on anything that pins a compilation or compares by reference in a way that
/// defeats caching: Compilation, ISymbol, SyntaxNode, SyntaxTree, Location, Diagnostic.
/// </summary>
public static class ModelWalker
{
    private static readonly Type[] Banned = { typeof(Compilation), typeof(ISymbol), typeof(SyntaxNode), typeof(SyntaxTree), typeof(Location), typeof(Diagnostic) };

    public static void AssertPlainValues(object? value, string step) => Walk(value, step, new HashSet<object>(ReferenceEqualityComparer.Instance), 0);

    private static void Walk(object? value, string path, HashSet<object> seen, int depth)
    {
        if (value is null || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum || depth > 20)
        {
            return;
        }

        foreach (var banned in Banned)
        {
            Assert.False(banned.IsInstanceOfType(value), $"{path} holds a {banned.Name}");
        }

        if (!value.GetType().IsValueType && !seen.Add(value))
        {
            return;
        }

        if (value is IEnumerable items)
        {
            foreach (var item in items)
            {
                Walk(item, path + "[]", seen, depth + 1);
            }

            return;
        }

        foreach (var field in value.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            Walk(field.GetValue(value), path + "." + field.Name, seen, depth + 1);
        }
    }
}
