using System;
using System.Collections.Generic;

namespace DocGen.Generator.Emit;

/// <summary>The distinct pooled strings of one table's records, in first-use order.</summary>
public sealed class LiteralTable
{
    private readonly Dictionary<string, int> _indexes = new(StringComparer.Ordinal);

    public List<string> Values { get; } = new();

    public bool Contains(string value) => _indexes.ContainsKey(value);

    public int IndexOf(string value)
    {
        if (!_indexes.TryGetValue(value, out var index))
        {
            index = Values.Count;
            _indexes.Add(value, index);
            Values.Add(value);
        }

        return index;
    }
}
