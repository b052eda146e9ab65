using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Emit;
using DocGen.Generator.Naming;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Collections;

/// <summary>
/// Nests the catalog's entries into collections as their folders nest. A collection's class name comes from its
/// folder by the rules of document names; a name its parent class already has (a document member, a member DocGen
/// generates, another collection, the class itself) is made unique and reported (DG0045).
/// </summary>
public static class CollectionPlanner
{
    public static EquatableArray<CollectionPlan> Plan(EquatableArray<CatalogEntry> entries, string catalogName, List<DiagnosticInfo> diagnostics)
    {
        var root = new Node(string.Empty);
        for (var i = 0; i < entries.Count; i++)
        {
            var node = root;
            foreach (var folder in entries[i].Collection)
            {
                node = node.Child(folder);
                node.Entries.Add(i);
            }
        }

        var taken = entries.Select(entry => entry.MemberName);
        return Name(root, catalogName.TrimStart('@'), taken, entries, diagnostics);
    }

    private static EquatableArray<CollectionPlan> Name(Node parent, string parentName, IEnumerable<string> parentMembers, EquatableArray<CatalogEntry> entries, List<DiagnosticInfo> diagnostics)
    {
        var taken = new HashSet<string>(parentMembers, StringComparer.OrdinalIgnoreCase);
        taken.UnionWith(GeneratedNames.CatalogMembers);
        taken.UnionWith(GeneratedNames.ObjectMembers);
        taken.Add(parentName);
        var result = new List<CollectionPlan>();
        foreach (var child in parent.Children.OrderBy(c => c.Folder, StringComparer.Ordinal))
        {
            var wanted = NameRules.TypeName(IdentifierBuilder.FromTitle(child.Folder, "Collection"));
            var name = wanted;
            for (var n = 2; taken.Contains(name); n++)
            {
                name = wanted + "_" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            if (name != wanted)
            {
                diagnostics.Add(new DiagnosticInfo(DiagnosticDescriptors.CollectionNameCollision.Id, string.Empty, 0, 0, 0, 0, 0, 0, new[] { child.Folder, wanted, name }.ToEquatableArray()));
            }

            taken.Add(name);
            var members = child.Entries.Select(i => entries[i].MemberName);
            result.Add(new CollectionPlan(name, child.Folder, child.Entries.ToEquatableArray(), Name(child, name, members, entries, diagnostics)));
        }

        return result.ToEquatableArray();
    }

    private sealed class Node
    {
        private readonly Dictionary<string, Node> _children = new(StringComparer.Ordinal);

        public Node(string folder) => Folder = folder;

        public string Folder { get; }

        public List<int> Entries { get; } = new();

        public IEnumerable<Node> Children => _children.Values;

        public Node Child(string folder)
        {
            if (!_children.TryGetValue(folder, out var child))
            {
                child = new Node(folder);
                _children.Add(folder, child);
            }

            return child;
        }
    }
}
