using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Links;

/// <summary>
/// Resolves the project's links to pages of other volumes against those volumes' page maps (the same rule as a
/// volume's own page links: a page falls in the document open at its break, or between documents in the next one).
/// A page of a volume the project has is a table row (none when it falls in no document); a page that volume lacks is
/// DG0063 at the <c>ref</c>; a volume outside the project is neither (its link keeps its URL). Linear in the
/// references and in the pages of the cited volumes.
/// </summary>
public static class PageLinkPlanner
{
    public static PageLinkTable Plan(ImmutableArray<PageCitations?> citations, ImmutableArray<VolumePages?> pages, CatalogPlan plan)
    {
        var hint = plan.Options.CatalogName.TrimStart('@') + ".PageLinks.g.cs";
        var citing = citations.Where(citation => citation is not null).Select(citation => citation!).ToList();
        if (citing.Count == 0)
        {
            return new PageLinkTable(plan.DocumentsNamespace, hint, false, EquatableArray<PageLinkEntry>.Empty, EquatableArray<DiagnosticInfo>.Empty);
        }

        var project = ProjectVolumes.Of(plan);
        var cited = new HashSet<string>(citing.SelectMany(citation => citation.References).Select(reference => reference.Volume).Where(project.Volumes.Contains), StringComparer.Ordinal);

        // Only the cited volumes' pages: a page of no document of the catalog is known, and lands nowhere.
        var documentOf = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var volume in pages)
        {
            if (volume is null || !cited.Contains(volume.Volume))
            {
                continue;
            }

            var document = project.Ids.Contains(volume.DocumentId) ? volume.DocumentId : null;
            foreach (var page in volume.Pages)
            {
                Know(documentOf, VolumeReference.KeyOf(volume.Volume, page), document);
            }

            foreach (var page in volume.Loose)
            {
                Know(documentOf, VolumeReference.KeyOf(volume.Volume, page), null);
            }
        }

        var entries = new SortedDictionary<string, string>(StringComparer.Ordinal);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var citation in citing)
        {
            foreach (var reference in citation.References)
            {
                if (!cited.Contains(reference.Volume))
                {
                    continue;
                }

                if (!documentOf.TryGetValue(reference.Key, out var document))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BrokenReference.Id, citation.Path, reference.Span, reference.Target, "page", reference.Volume));
                }
                else if (document is not null)
                {
                    entries[reference.Key] = document;
                }
            }
        }

        return new PageLinkTable(
            plan.DocumentsNamespace, hint, true, entries.Select(entry => new PageLinkEntry(entry.Key, entry.Value)).ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    // Two files of one volume (DG0012) may place a page differently: whatever the files' order, a document beats no
    // document, and of two documents the first in ordinal order wins, so the table is the same bytes.
    private static void Know(Dictionary<string, string?> documentOf, string key, string? document)
    {
        if (!documentOf.TryGetValue(key, out var known) || (document is not null && (known is null || string.CompareOrdinal(document, known) < 0)))
        {
            documentOf[key] = document;
        }
    }
}
