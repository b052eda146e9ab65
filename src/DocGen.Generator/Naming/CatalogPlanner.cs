using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Emit;
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
    public static CatalogPlan Plan(ImmutableArray<DocumentKey> keys, GeneratorOptions options)
    {
        var diagnostics = new List<DiagnosticInfo>();
        var ns = CodeNames.Namespace(options.Namespace);
        var catalog = CatalogName(options.CatalogName, ns, diagnostics);
        var documentsNamespace = ns.Length == 0 ? catalog + "Documents" : ns + "." + catalog + "Documents";
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var reserved = GeneratedNames.CatalogMembers.Concat(GeneratedNames.DocumentMembers).Concat(GeneratedNames.ObjectMembers)
            .Concat(new[] { catalog.TrimStart('@'), catalog.TrimStart('@') + "Documents" })
            .Concat(Enumerable.Range(0, DocumentTables.Count).Select(DocumentTables.ClassName));
        foreach (var name in reserved)
        {
            taken[name] = string.Empty;
        }

        var byId = new Dictionary<string, DocumentKey>(StringComparer.Ordinal);
        var entries = new List<CatalogEntry>();
        string? previousPath = null;
        foreach (var key in keys.OrderBy(k => k.Path, StringComparer.Ordinal))
        {
            // A file handed over twice is one document.
            if (key.Path == previousPath)
            {
                continue;
            }

            previousPath = key.Path;
            if (byId.TryGetValue(key.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId.Id, key.Path, key.IdSpan, key.Id, first.Path));
                continue;
            }

            byId.Add(key.Id, key);
            var name = ChooseName(key, taken, diagnostics);
            taken[name] = key.Path;
            entries.Add(new CatalogEntry(key.Path, key.Id, name, key.DateStart, key.DateEnd));
        }

        entries = Place(entries);
        var ordered = entries
            .OrderBy(e => e.DateStart)
            .ThenBy(e => e.DateEnd)
            .ThenBy(e => e.Id, DocumentIdOrder.Instance)
            .ThenBy(e => e.Path, StringComparer.Ordinal)
            .ToEquatableArray();
        return new CatalogPlan(options with { Namespace = ns, CatalogName = catalog }, documentsNamespace, ordered, entries.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    /// <summary>
    /// Gives each entry its table (a hash of its member name, so the same archive checked out anywhere is split the
    /// same way) and its slot (its rank by member name within the table).
    /// </summary>
    private static List<CatalogEntry> Place(List<CatalogEntry> entries)
    {
        var slots = new int[DocumentTables.Count];
        return entries
            .Select(entry => (Entry: entry, Table: DocumentTables.Of(entry.MemberName)))
            .OrderBy(pair => pair.Table)
            .ThenBy(pair => pair.Entry.MemberName, StringComparer.Ordinal)
            .Select(pair => pair.Entry with { Table = pair.Table, Slot = slots[pair.Table]++ })
            .OrderBy(entry => entry.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The catalog's name, or "Archive" when the one set would clash with the code DocGen generates.</summary>
    private static string CatalogName(string wanted, string ns, List<DiagnosticInfo> diagnostics)
    {
        var name = CodeNames.Identifier(wanted, GeneratorOptions.DefaultCatalogName);
        var bare = name.TrimStart('@');
        string? reason = null;
        if (GeneratedNames.CatalogMembers.Contains(bare, StringComparer.Ordinal) || GeneratedNames.ObjectMembers.Contains(bare, StringComparer.Ordinal))
        {
            reason = "it is the name of one of the catalog's own members";
        }
        else if (ns.Length == 0 && GeneratedNames.RootNamespaces.Contains(bare, StringComparer.Ordinal))
        {
            reason = "a type of that name in the global namespace would hide the namespace the generated code uses";
        }

        if (reason is null)
        {
            return name;
        }

        diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.InvalidCatalogName.Id, string.Empty, 0, 0, 0, 0, 0, 0, new[] { wanted, reason }.ToEquatableArray()));
        return GeneratorOptions.DefaultCatalogName;
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
