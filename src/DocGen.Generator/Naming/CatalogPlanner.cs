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
        var (ns, wantedCatalog) = SettleNames(options);
        if (!CodeNames.IsAsTyped(options.Namespace, ns))
        {
            diagnostics.Add(NameChanged("The namespace", options.Namespace, ns));
        }

        var catalog = CatalogName(options, ns, wantedCatalog, diagnostics);
        var documentsNamespace = FullName(ns, catalog + NameRules.DocumentsSuffix);
        var budget = NameRules.MemberBytes(documentsNamespace);
        var taken = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var reserved = GeneratedNames.CatalogMembers.Concat(GeneratedNames.DocumentMembers).Concat(GeneratedNames.ObjectMembers)
            .Concat(new[] { catalog.TrimStart('@'), catalog.TrimStart('@') + "Documents", FileTables.Container, Links.PageLinkTable.ClassName })
            .Concat(Enumerable.Range(0, DocumentShards.Count).Select(DocumentShards.ClassName));
        foreach (var name in reserved)
        {
            taken[name] = string.Empty;
        }

        var byId = new Dictionary<string, DocumentKey>(StringComparer.Ordinal);
        var entries = new List<CatalogEntry>();
        var acrossVolumes = new Dictionary<(string Path, string Holder), VolumeCollisions>();
        string? previousAddress = null;
        foreach (var key in keys.OrderBy(k => k.Address, StringComparer.Ordinal))
        {
            // A file handed over twice is one document (or one set of documents).
            if (key.Address == previousAddress)
            {
                continue;
            }

            previousAddress = key.Address;
            if (byId.TryGetValue(key.Id, out var first))
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.DuplicateId.Id, key.Path, key.IdSpan, key.Id, first.Path));
                continue;
            }

            byId.Add(key.Id, key);
            var name = ChooseName(key, taken, budget, diagnostics, acrossVolumes);
            taken[name] = key.Path;
            entries.Add(new CatalogEntry(key.Address, key.Id, name, key.DateStart, key.DateEnd) { Collection = key.Collection });
        }

        // In the order of each pair's first document: keys are visited in ordinal path order.
        foreach (var pair in acrossVolumes.Values.OrderBy(p => p.Order))
        {
            diagnostics.Add(pair.Diagnostic());
        }

        entries = Place(entries);
        var ordered = entries
            .OrderBy(e => e.DateStart)
            .ThenBy(e => e.DateEnd)
            .ThenBy(e => e.Id, DocumentIdOrder.Instance)
            .ThenBy(e => e.Address, StringComparer.Ordinal)
            .ToEquatableArray();
        var collections = Collections.CollectionPlanner.Plan(ordered, catalog, diagnostics);
        return new CatalogPlan(options with { Namespace = ns, CatalogName = catalog }, documentsNamespace, ordered, entries.ToEquatableArray(), diagnostics.ToEquatableArray())
        {
            Collections = collections,
        };
    }

    /// <summary>
    /// Gives each entry its shard (a hash of its member name, so the same archive checked out anywhere is split the
    /// same way) and its slot (its rank by member name within the shard).
    /// </summary>
    private static List<CatalogEntry> Place(List<CatalogEntry> entries)
    {
        var slots = new int[DocumentShards.Count];
        return entries
            .Select(entry => (Entry: entry, Shard: DocumentShards.Of(entry.MemberName)))
            .OrderBy(pair => pair.Shard)
            .ThenBy(pair => pair.Entry.MemberName, StringComparer.Ordinal)
            .Select(pair => pair.Entry with { Shard = pair.Shard, Slot = slots[pair.Shard]++ })
            .OrderBy(entry => entry.Address, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>
    /// The namespace and the catalog name as code, before the catalog name is checked against the code it must live
    /// with: identifiers (NameRules' byte limits kept), and a catalog name that is all lowercase gets a capital (CS8981).
    /// </summary>
    public static (string Namespace, string Catalog) SettleNames(GeneratorOptions options)
    {
        var ns = Unshadowed(CodeNames.Namespace(options.Namespace), options.TypeNames);
        var name = CodeNames.Identifier(options.CatalogName, GeneratorOptions.DefaultCatalogName);
        name = CodeNames.Identifier(NameRules.Fit(name.TrimStart('@'), NameRules.CatalogBytes), GeneratorOptions.DefaultCatalogName);
        return (ns, NameRules.TypeName(name));
    }

    /// <summary>Each leading part of the namespace as code ("A", "A.B", "A.B.C"), without '@'.</summary>
    public static IEnumerable<string> NamespacePrefixes(GeneratorOptions options)
    {
        var parts = CodeNames.Namespace(options.Namespace).Replace("@", string.Empty).Split('.');
        for (var i = 1; i <= parts.Length && parts[0].Length > 0; i++)
        {
            yield return string.Join(".", parts, 0, i);
        }
    }

    /// <summary>
    /// The namespace with '_' after its first part that, with the parts before it, names a referenced type
    /// (<c>System.String</c> becomes <c>System.String_</c>), so the namespace never conflicts with it.
    /// </summary>
    private static string Unshadowed(string ns, EquatableArray<string> types)
    {
        if (types.Count == 0)
        {
            return ns;
        }

        var parts = ns.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            if (types.Contains(string.Join(".", parts, 0, i + 1).Replace("@", string.Empty)))
            {
                parts[i] = parts[i].TrimStart('@') + "_";
                break;
            }
        }

        return string.Join(".", parts);
    }

    /// <summary>
    /// The full names the catalog could take (the one set, and the fallback), with its documents' namespace: what the
    /// generator asks the referenced assemblies about (<see cref="GeneratorOptions.TakenNames"/>).
    /// </summary>
    public static IEnumerable<string> CandidateNames(GeneratorOptions options)
    {
        var (ns, catalog) = SettleNames(options);
        foreach (var name in new[] { catalog.TrimStart('@'), GeneratorOptions.DefaultCatalogName })
        {
            yield return FullName(ns, name).Replace("@", string.Empty);
            yield return FullName(ns, name + NameRules.DocumentsSuffix).Replace("@", string.Empty);
        }
    }

    /// <summary>The accessibility the project's own partial class for the catalog declares, else public.</summary>
    public static string DeclaredAccessibility(GeneratorOptions options, ImmutableArray<CatalogDeclaration> declarations)
    {
        var (ns, catalog) = SettleNames(options);
        var bareNamespace = ns.Replace("@", string.Empty);
        var bareCatalog = catalog.TrimStart('@');
        foreach (var declaration in declarations)
        {
            if (declaration.Accessibility is { } declared && declaration.Name == bareCatalog && declaration.Namespace == bareNamespace)
            {
                return declared;
            }
        }

        return "public";
    }

    private static string FullName(string ns, string name) => ns.Length == 0 ? name : ns + "." + name;

    /// <summary>The catalog's name, or "Archive" when the one set would clash with the code DocGen generates.</summary>
    private static string CatalogName(GeneratorOptions options, string ns, string name, List<DiagnosticInfo> diagnostics)
    {
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
        else if (IsTaken(options, ns, bare))
        {
            reason = "'" + FullName(ns, bare) + "' or its documents' namespace is already a namespace or type in a referenced assembly, which the generated type would hide";
        }

        if (reason is not null)
        {
            diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.InvalidCatalogName.Id, string.Empty, 0, 0, 0, 0, 0, 0, new[] { options.CatalogName, reason }.ToEquatableArray()));
            return GeneratorOptions.DefaultCatalogName;
        }

        if (!CodeNames.IsAsTyped(options.CatalogName, name))
        {
            diagnostics.Add(NameChanged("The catalog name", options.CatalogName, name));
        }

        return name;
    }

    private static bool IsTaken(GeneratorOptions options, string ns, string bare) =>
        options.TakenNames.Contains(FullName(ns, bare).Replace("@", string.Empty))
        || options.TakenNames.Contains(FullName(ns, bare + NameRules.DocumentsSuffix).Replace("@", string.Empty));

    private static DiagnosticInfo NameChanged(string what, string typed, string used) =>
        new(DiagnosticDescriptors.NameChanged.Id, string.Empty, 0, 0, 0, 0, 0, 0, new[] { what, typed, used }.ToEquatableArray());

    private static string ChooseName(DocumentKey key, Dictionary<string, string> taken, int budget, List<DiagnosticInfo> diagnostics, Dictionary<(string Path, string Holder), VolumeCollisions> acrossVolumes)
    {
        var fromTitle = IdentifierBuilder.FromTitle(key.Title, key.Id);
        var wanted = fromTitle;
        if (key.MemberNameOverride is { } custom)
        {
            if (IdentifierBuilder.IsUsable(custom) && !NameRules.IsLowercase(custom) && NameRules.Bytes(custom) <= budget)
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

        // The id is unique among kept documents, so it almost always settles the collision; a counter covers the rest,
        // and a name too long for metadata.
        var name = wanted + "_" + IdentifierBuilder.Fragment(key.Id);
        for (var n = 2; taken.ContainsKey(name) || NameRules.Bytes(name) > budget; n++)
        {
            var counter = "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            name = NameRules.Fit(wanted, budget - counter.Length) + counter;
        }

        // Two documents of one many-document file (a FRUS volume's "Mr. Baker to Mr. Gresham." many times) keep the
        // id suffix without a warning: neither can take a DocGenMemberName, and the suffix moves only when the file does.
        if (key.Part.Length > 0 && holder == key.Path)
        {
            return name;
        }

        if (key.Part.Length > 0 && holder.Length > 0)
        {
            // A document of a many-document file (a FRUS volume) whose heading another file's document already has
            // ("Mr. Seward to Mr. Motley." in several volumes): one warning for each pair of files, not one a document.
            if (acrossVolumes.TryGetValue((key.Path, holder), out var pair))
            {
                pair.Count++;
            }
            else
            {
                acrossVolumes.Add((key.Path, holder), new VolumeCollisions(key, holder, wanted, name, acrossVolumes.Count));
            }

            return name;
        }

        var other = holder.Length == 0 ? "a member DocGen generates" : holder;
        diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision.Id, key.Path, key.TitleSpan, wanted, other, name, OneFileAdvice));
        return name;
    }

    private const string OneFileAdvice = "set DocGenMemberName on one of the files to choose a name";
}
