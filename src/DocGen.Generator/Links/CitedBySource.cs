using DocGen.Core.Model;

namespace DocGen.Generator.Links;

/// <summary>What the catalog's <c>CitedBy</c> is generated from: each cited document of the project with the ids of the documents citing it, in the catalog's <c>All</c> order.</summary>
public sealed record CitedBySource(string Namespace, string CatalogName, EquatableArray<CitedByEntry> Entries)
{
    public string HintName => CatalogName.TrimStart('@') + ".CitedBy.g.cs";
}

/// <summary>A cited document's id and its citing documents' ids, in date order.</summary>
public sealed record CitedByEntry(string Id, EquatableArray<string> CitedBy);
