using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Collections;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Emit;
using DocGen.Generator.Naming;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Places;

/// <summary>
/// Gives each collection whose documents name a dateline place a <c>Places</c> class: one member per place, named by the
/// rules of document names (<see cref="IdentifierBuilder"/>), places in ordinal order of their names, each place's
/// documents in the catalog's <c>All</c> order. Only the documents directly in the collection count. Two spellings are
/// two places (the TEI reader has already trimmed whitespace and the punctuation that ends a dateline's place); when
/// they get one member name the one fewer documents use (of equals, the later name) is made unique and reported
/// (DG0060), as is the class's own name when the collection already has that member (DG0061).
/// </summary>
public static class PlacePlanner
{
    public const string PlacesClass = "Places";

    public static EquatableArray<PlaceSource> Plan(PlaceIndex index, CatalogPlan plan)
    {
        if (index.Links.IsEmpty || !plan.Options.Indexes)
        {
            return EquatableArray<PlaceSource>.Empty;
        }

        var links = index.ById();
        var catalog = (plan.Options.Namespace.Length == 0 ? "global::" : "global::" + plan.Options.Namespace + ".") + plan.Options.CatalogName;
        var sources = new List<PlaceSource>();
        var classes = new List<string> { plan.Options.CatalogName };
        Walk(plan.Collections, classes, plan, links, catalog, sources);
        return sources.ToEquatableArray();
    }

    private static void Walk(EquatableArray<CollectionPlan> level, List<string> classes, CatalogPlan plan, Dictionary<string, PlaceLink> links, string catalog, List<PlaceSource> sources)
    {
        foreach (var collection in level)
        {
            classes.Add(collection.Name);
            var source = Plan(collection, classes, plan, links, catalog);
            if (source is not null)
            {
                sources.Add(source);
            }

            Walk(collection.Children, classes, plan, links, catalog, sources);
            classes.RemoveAt(classes.Count - 1);
        }
    }

    private static PlaceSource? Plan(CollectionPlan collection, List<string> classes, CatalogPlan plan, Dictionary<string, PlaceLink> links, string catalog)
    {
        // Place name -> its documents in All order, and the first document's link (where a naming diagnostic stands).
        var byName = new Dictionary<string, (List<string> Documents, PlaceLink First)>(StringComparer.Ordinal);
        foreach (var i in collection.Entries.OrderBy(i => i))
        {
            var id = plan.Entries[i].Id;
            if (!links.TryGetValue(id, out var link))
            {
                continue;
            }

            if (byName.TryGetValue(link.Place, out var place))
            {
                place.Documents.Add(id);
            }
            else
            {
                byName.Add(link.Place, (new List<string> { id }, link));
            }
        }

        if (byName.Count == 0)
        {
            return null;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var taken = new HashSet<string>(collection.Entries.Select(i => plan.Entries[i].MemberName), StringComparer.OrdinalIgnoreCase);
        taken.UnionWith(GeneratedNames.CatalogMembers);
        taken.UnionWith(GeneratedNames.ObjectMembers);
        taken.UnionWith(collection.Children.Select(c => c.Name));
        taken.Add(collection.Name);
        var names = byName.Keys.OrderBy(n => n, StringComparer.Ordinal).ToList();
        var className = UniqueNames.Take(PlacesClass, taken);
        if (className != PlacesClass)
        {
            var first = byName[names[0]].First;
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PlacesClassCollision.Id, first.Path, first.At, PlacesClass, collection.Name, className));
        }

        var members = new HashSet<string>(GeneratedNames.ObjectMembers, StringComparer.OrdinalIgnoreCase) { className, GeneratedNames.All, GeneratedNames.Get, GeneratedNames.TryGet, PlaceEmitter.Of };
        // The spelling most documents use keeps the plain name: names are given from the most documents to the fewest.
        var memberOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names.OrderByDescending(n => byName[n].Documents.Count))
        {
            var first = byName[name].First;
            var wanted = NameRules.TypeName(IdentifierBuilder.FromTitle(name, "Place"));
            var member = UniqueNames.Take(wanted, members);
            if (member != wanted)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.PlaceMemberCollision.Id, first.Path, first.At, name, wanted, member));
            }

            memberOf.Add(name, member);
        }

        var places = names.Select(name => new PlaceMember(memberOf[name], name, byName[name].Documents.ToEquatableArray())).ToList();

        var hint = string.Join(".", classes.Select(c => c.TrimStart('@'))) + ".Places.g.cs";
        return new PlaceSource(hint, plan.Options.Namespace, catalog, classes.ToEquatableArray(), className, places.ToEquatableArray(), diagnostics.ToEquatableArray());
    }
}
