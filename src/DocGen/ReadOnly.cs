using System;
using System.Collections.Generic;
using System.Collections.ObjectModel;

namespace DocGen;

/// <summary>
/// Wraps what generated code passes in, so a caller cannot cast a document's lists back to arrays or dictionaries
/// and change data that every user of the archive shares.
/// </summary>
internal static class ReadOnly
{
    public static IReadOnlyList<T> List<T>(IReadOnlyList<T>? items)
    {
        if (items is null || items.Count == 0)
        {
            return EmptyList<T>.Value;
        }

        if (items is ReadOnlyCollection<T> already)
        {
            return already;
        }

        var copy = new T[items.Count];
        for (var i = 0; i < copy.Length; i++)
        {
            copy[i] = items[i];
        }

        return new ReadOnlyCollection<T>(copy);
    }

    public static IReadOnlyDictionary<string, string> Dictionary(IReadOnlyDictionary<string, string>? fields)
    {
        if (fields is null || fields.Count == 0)
        {
            return EmptyFields.Value;
        }

        var copy = new Dictionary<string, string>(fields.Count, StringComparer.Ordinal);
        foreach (var pair in fields)
        {
            copy[pair.Key] = pair.Value;
        }

        return new ReadOnlyDictionary<string, string>(copy);
    }

    private static class EmptyList<T>
    {
        public static readonly IReadOnlyList<T> Value = new ReadOnlyCollection<T>(Array.Empty<T>());
    }

    private static class EmptyFields
    {
        public static readonly IReadOnlyDictionary<string, string> Value = new ReadOnlyDictionary<string, string>(new Dictionary<string, string>());
    }
}
