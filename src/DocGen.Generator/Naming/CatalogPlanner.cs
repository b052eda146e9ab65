using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Core.Text;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Options;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Naming;

/// <summary>
/// Decides the catalog after every document is parsed: which file keeps a duplicated id, and a unique member name
/// for each document. Files are visited in ordinal path order, so the result never depends on the order in which
/// the compiler hands over the additional files.
/// </summary>
public static class CatalogPlanner
{
    /// <summary>Names the catalog and the per-document classes already use; a document never gets one of them.</summary>
    private static readonly string[] Reserved = { "All", "Ids", "Count", "TryGet", "Get", "Id", "Title", "Url", "Citation", "DateText", "Document" };

    public static CatalogPlan Plan(ImmutableArray<DocumentKey> keys, GeneratorOptions options)
    {
        var ns = CodeNames.Namespace(options.Namespace);
        var catalog = CodeNames.Identifier(options.CatalogName, GeneratorOptions.DefaultCatalogName);
        var documentsNamespace = ns.Length == 0 ? catalog + "Documents" : ns + "." + catalog + "Documents";
        var diagnostics = new List<DiagnosticInfo>();
        var byId = new Dictionary<string, DocumentKey>(StringComparer.Ordinal);
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in Reserved.Concat(new[] { catalog.TrimStart('@'), catalog.TrimStart('@') + "Documents" }))
        {
            taken[name] = string.Empty;
        }

        var entries = new List<CatalogEntry>();
        foreach (var key in keys.OrderBy(k => k.Path, StringComparer.Ordinal))
        {
            if (byId.TryGetValue(key.Id, out var first))
            {
                var at = key.CitationSpan == default ? key.TitleSpan : key.CitationSpan;
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId.Id, key.Path, at, key.Id, first.Path));
                continue;
            }

            byId.Add(key.Id, key);
            var name = ChooseName(key, taken, diagnostics);
            taken[name] = key.Path;
            entries.Add(new CatalogEntry(key.Path, key.Id, name, key.Title, key.DateText, key.DateStart, key.DateEnd));
        }

        var ordered = entries
            .OrderBy(e => e.DateStart, Comparer<Core.Dates.DatePoint>.Create(DateOrder.Compare))
            .ThenBy(e => e.DateEnd, Comparer<Core.Dates.DatePoint>.Create(DateOrder.Compare))
            .ThenBy(e => e.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CatalogPlan(options with { Namespace = ns, CatalogName = catalog }, documentsNamespace, ordered, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    private static string ChooseName(DocumentKey key, Dictionary<string, string> taken, List<DiagnosticInfo> diagnostics)
    {
        var fromTitle = IdentifierBuilder.FromTitle(key.Title, key.Id);
        var wanted = fromTitle;
        if (key.MemberNameOverride is { } custom)
        {
            if (IdentifierBuilder.IsUsable(custom))
            {
                wanted = custom;
            }
            else
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.InvalidMemberName.Id, key.Path, key.TitleSpan, custom, fromTitle));
            }
        }

        if (!taken.TryGetValue(wanted, out var holder))
        {
            return wanted;
        }

        // The id is unique among kept documents, so it almost always settles the collision; a counter covers the rest.
        var name = wanted + "_" + IdentifierBuilder.Fragment(key.Id);
        for (var n = 2; taken.ContainsKey(name); n++)
        {
            name = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        var other = holder.Length == 0 ? "a member DocGen generates" : holder;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision.Id, key.Path, key.TitleSpan, wanted, other, name));
        return name;
    }
}
