using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Links;

/// <summary>
/// Turns every document's links around: for each document of the catalog that another document of the catalog
/// cites, the citing documents in the catalog's <c>All</c> order (date, then id); a page of another volume counts for
/// the document the page table puts it in. A link to a document outside the project has no entry (its URL stays on
/// the link). Linear in the documents and links.
/// </summary>
public static class CitedByPlanner
{
    /// <param name="links">Every document's links.</param>
    /// <param name="plan">The catalog.</param>
    /// <param name="pages">The page table: where the pages of other volumes cited fall.</param>
    public static CitedBySource Plan(IEnumerable<CitingLinks?> links, CatalogPlan plan, PageLinkTable pages)
    {
        var pageDocuments = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in pages.Entries)
        {
            pageDocuments[entry.Target] = entry.DocumentId;
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Entries.Count; i++)
        {
            order[plan.Entries[i].Id] = i;
        }

        var citedBy = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var link in plan.Options.Indexes ? links : Enumerable.Empty<CitingLinks?>())
        {
            if (link is null || !order.ContainsKey(link.DocumentId))
            {
                continue;
            }

            foreach (var cited in link.Cited.Concat(link.Pages.Where(pageDocuments.ContainsKey).Select(page => pageDocuments[page])))
            {
                if (!order.ContainsKey(cited))
                {
                    continue;
                }

                if (!citedBy.TryGetValue(cited, out var citing))
                {
                    citedBy.Add(cited, citing = new List<string>());
                }

                citing.Add(link.DocumentId);
            }
        }

        var entries = citedBy.OrderBy(pair => order[pair.Key])
            .Select(pair => new CitedByEntry(pair.Key, pair.Value.Distinct().OrderBy(id => order[id]).ToEquatableArray()))
            .ToEquatableArray();
        return new CitedBySource(plan.Options.Namespace, plan.Options.CatalogName, entries);
    }
}
