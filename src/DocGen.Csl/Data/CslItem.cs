using System;
using System.Collections.Generic;

namespace DocGen.Csl.Data;

/// <summary>A CSL-JSON item: its type and its ordinary, name and date variables.</summary>
public sealed class CslItem
{
    public CslItem(string id, string type, IReadOnlyDictionary<string, string> variables,
        IReadOnlyDictionary<string, IReadOnlyList<CslName>> names, IReadOnlyDictionary<string, CslDate> dates)
    {
        Id = id;
        Type = type;
        Variables = variables;
        Names = names;
        Dates = dates;
    }

    public string Id { get; }

    public string Type { get; }

    public IReadOnlyDictionary<string, string> Variables { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<CslName>> Names { get; }

    public IReadOnlyDictionary<string, CslDate> Dates { get; }

    public string? Get(string variable) =>
        Variables.TryGetValue(variable, out var value) && value.Length > 0 ? value : null;

    public IReadOnlyList<CslName>? GetNames(string variable) =>
        Names.TryGetValue(variable, out var value) && value.Count > 0 ? value : null;

    public CslDate? GetDate(string variable) => Dates.TryGetValue(variable, out var value) ? value : null;

    public bool Has(string variable) =>
        Get(variable) is not null || GetNames(variable) is not null || GetDate(variable) is not null;

    internal static readonly StringComparer Keys = StringComparer.Ordinal;
}
