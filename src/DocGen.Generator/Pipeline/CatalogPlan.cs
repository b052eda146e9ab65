using System;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Options;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The whole catalog: entries in <c>All</c> order (date, then id: see <see cref="Naming.DocumentIdOrder"/>), the same entries by address for lookups, and the
/// cross-file diagnostics (duplicate ids, name collisions).
/// </summary>
public sealed record CatalogPlan(
    GeneratorOptions Options,
    string DocumentsNamespace,
    EquatableArray<CatalogEntry> Entries,
    EquatableArray<CatalogEntry> ByAddress,
    EquatableArray<DiagnosticInfo> Diagnostics)
{
    /// <summary>The collections under the archive folder, each with its documents and the collections inside it.</summary>
    public EquatableArray<Collections.CollectionPlan> Collections { get; init; } = EquatableArray<Collections.CollectionPlan>.Empty;

    /// <summary>The catalog's file; ".Catalog" keeps it apart from every document's file, even ignoring case.</summary>
    public string HintName => Options.CatalogName.TrimStart('@') + ".Catalog.g.cs";

    /// <summary>The catalog entry of the document at <paramref name="address"/> (<see cref="DocumentKey.Address"/>), or null when it is left out.</summary>
    public CatalogEntry? Find(string address)
    {
        var low = 0;
        var high = ByAddress.Count - 1;
        while (low <= high)
        {
            var middle = low + ((high - low) / 2);
            var order = string.CompareOrdinal(ByAddress[middle].Address, address);
            if (order == 0)
            {
                return ByAddress[middle];
            }

            if (order < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle - 1;
            }
        }

        return null;
    }
}
