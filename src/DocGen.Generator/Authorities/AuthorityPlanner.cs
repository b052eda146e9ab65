using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocGen.Core.Model;
using DocGen.Core.Text;
using DocGen.Generator.Collections;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Emit;
using DocGen.Generator.Naming;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Authorities;

/// <summary>
/// Places a volume's lists in its collection's class and names their members by the rules of document names
/// (<see cref="IdentifierBuilder"/>). A name already taken is made unique with "_2", "_3" ... and reported: an entry's
/// (DG0058), or the <c>Persons</c> or <c>Terms</c> class's when its collection already has that member (DG0059).
/// </summary>
public static class AuthorityPlanner
{
    public const string PersonsClass = "Persons";
    public const string TermsClass = "Terms";

    /// <summary>The volume's source, or null when it has no entries or none of its documents is in the catalog (it has no collection class).</summary>
    public static AuthoritySource? Plan(AuthorityReading reading, CatalogPlan plan, PersonLinkIndex links)
    {
        var entry = plan.Find(Addresses.Of(reading.Path, "1"));
        if (entry is null || entry.Collection.IsEmpty || (reading.Persons.IsEmpty && reading.Terms.IsEmpty))
        {
            return null;
        }

        var classes = new List<string> { plan.Options.CatalogName };
        var level = plan.Collections;
        CollectionPlan? collection = null;
        foreach (var folder in entry.Collection)
        {
            collection = level.FirstOrDefault(c => c.Folder == folder);
            if (collection is null)
            {
                return null;
            }

            classes.Add(collection.Name);
            level = collection.Children;
        }

        var diagnostics = new List<DiagnosticInfo>();
        var taken = new HashSet<string>(collection!.Entries.Select(i => plan.Entries[i].MemberName), StringComparer.OrdinalIgnoreCase);
        taken.UnionWith(GeneratedNames.CatalogMembers);
        taken.UnionWith(GeneratedNames.ObjectMembers);
        taken.UnionWith(collection.Children.Select(c => c.Name));
        taken.Add(collection.Name);
        var at = reading.Persons.Count > 0 ? reading.Persons[0].Span : reading.Terms.Count > 0 ? reading.Terms[0].Span : default;
        var persons = ClassName(PersonsClass, taken, reading.Path, at, collection.Name, diagnostics);
        var terms = ClassName(TermsClass, taken, reading.Path, at, collection.Name, diagnostics);

        var documents = plan.Options.Indexes ? PersonDocumentsPlanner.Of(reading, plan, collection.Entries, links) : new Dictionary<string, PersonDocuments>();
        var personMembers = Members(reading.Persons.Select(p => (p.Id, p.Name, p.Description, p.SeeAlso, p.Span, Wanted: p.Name)), persons, reading.Path, diagnostics)
            .Select(m => documents.TryGetValue(m.Id, out var own) ? m with { Documents = own } : m).ToEquatableArray();
        var termMembers = Members(reading.Terms.Select(t => (t.Id, t.Abbreviation, t.Expansion, t.SeeAlso, t.Span, Wanted: Abbreviation(t.Abbreviation))), terms, reading.Path, diagnostics);
        var hint = string.Join(".", classes.Select(c => c.TrimStart('@'))) + ".Authorities.g.cs";
        var catalog = (plan.Options.Namespace.Length == 0 ? "global::" : "global::" + plan.Options.Namespace + ".") + plan.Options.CatalogName;
        return new AuthoritySource(hint, plan.Options.Namespace, catalog, classes.ToEquatableArray(), persons, terms, personMembers, termMembers, diagnostics.ToEquatableArray());
    }

    private static string ClassName(string wanted, HashSet<string> taken, string path, SourceSpan at, string collection, List<DiagnosticInfo> diagnostics)
    {
        var name = UniqueNames.Take(wanted, taken);
        if (name != wanted)
        {
            diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AuthorityClassCollision.Id, path, at, wanted, collection, name));
        }

        return name;
    }

    private static EquatableArray<AuthorityMember> Members(
        IEnumerable<(string Id, string Name, string Text, EquatableArray<string> SeeAlso, SourceSpan Span, string Wanted)> entries,
        string className,
        string path,
        List<DiagnosticInfo> diagnostics)
    {
        var taken = new HashSet<string>(GeneratedNames.ObjectMembers, StringComparer.OrdinalIgnoreCase) { className, GeneratedNames.All, GeneratedNames.Get };
        var result = new List<AuthorityMember>();
        foreach (var entry in entries)
        {
            var wanted = NameRules.TypeName(IdentifierBuilder.FromTitle(entry.Wanted, entry.Id));
            var name = UniqueNames.Take(wanted, taken);
            if (name != wanted)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AuthorityMemberCollision.Id, path, entry.Span, entry.Id, wanted, name));
            }

            taken.Add(name);
            result.Add(new AuthorityMember(name, entry.Id, entry.Name, entry.Text, entry.SeeAlso));
        }

        return result.ToEquatableArray();
    }

    /// <summary>
    /// An abbreviation as a member name is cased as .NET names acronyms: a run of three or more capitals is one word
    /// ("ROK" becomes Rok, "CINCPAC" Cincpac), two stay as they are ("UN").
    /// </summary>
    internal static string Abbreviation(string text)
    {
        var result = new StringBuilder(text.Length);
        var i = 0;
        while (i < text.Length)
        {
            var end = i;
            while (end < text.Length && char.IsUpper(text[end]))
            {
                end++;
            }

            if (end - i >= 3)
            {
                result.Append(text[i]).Append(text.Substring(i + 1, end - i - 1).ToLowerInvariant());
                i = end;
            }
            else
            {
                result.Append(text[i]);
                i++;
            }
        }

        return result.ToString();
    }
}
