using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Formats.People;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Generator.Authorities;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Emit;
using DocGen.Generator.Naming;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.People;

/// <summary>
/// Joins the project's documents to the persons of its authority files, only where a file says so: a FRUS entry it
/// links ("frus1969-76v19p1#p_KHA1") brings the documents its volume marks that entry as sending, receiving or
/// mentioned in; a name or alias it gives brings the Wilson Center records whose title names an author or recipient
/// so (the whole text, else its name, else its bracketed alias: "Filippov [Stalin]"). Nothing else joins. Each
/// person's documents are in the catalog's All order. Linear in the documents, links and names.
/// </summary>
public static class PeoplePlanner
{
    public static PeopleSource Plan(
        IEnumerable<PeopleReading> files, IEnumerable<AuthorityReading?> volumes, PersonLinkIndex links, IEnumerable<NamedPeople?> named, CatalogPlan plan)
    {
        var options = plan.Options;
        var catalog = (options.Namespace.Length == 0 ? "global::" : "global::" + options.Namespace + ".") + options.CatalogName;
        var diagnostics = new List<DiagnosticInfo>();
        var people = Entries(files, diagnostics);
        if (people.Count == 0)
        {
            return new PeopleSource(options.Namespace, options.CatalogName, catalog, EquatableArray<PeopleMember>.Empty, diagnostics.ToEquatableArray());
        }

        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        var byVolume = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < plan.Entries.Count; i++)
        {
            var id = plan.Entries[i].Id;
            order[id] = i;
            var slash = id.IndexOf('/');
            if (slash > 0)
            {
                var volume = id.Substring(0, slash);
                if (!byVolume.TryGetValue(volume, out var entries))
                {
                    byVolume.Add(volume, entries = new List<int>());
                }

                entries.Add(i);
            }
        }

        var lists = new Dictionary<string, AuthorityReading>(StringComparer.Ordinal);
        // In path order, the first file of a volume id keeps it (two files of one volume are the catalog's DG0012), whatever the files' order.
        foreach (var reading in volumes.Where(r => r is not null).OrderBy(r => r!.Path, StringComparer.Ordinal))
        {
            var first = plan.Find(Addresses.Of(reading!.Path, "1"));
            var slash = first?.Id.IndexOf('/') ?? -1;
            if (slash > 0 && !lists.ContainsKey(first!.Id.Substring(0, slash)))
            {
                lists.Add(first.Id.Substring(0, slash), reading);
            }
        }

        var documents = people.Select(_ => (Sent: new List<string>(), Received: new List<string>(), Mentioned: new List<string>())).ToList();
        var joined = new Dictionary<string, Dictionary<string, PersonDocuments>>(StringComparer.Ordinal);
        var listed = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var p = 0; p < people.Count; p++)
        {
            var (path, entry) = people[p];
            foreach (var link in entry.Links)
            {
                if (!byVolume.TryGetValue(link.Volume, out var entries))
                {
                    continue; // A volume outside the project: nothing to join, nothing to check.
                }

                if (lists.TryGetValue(link.Volume, out var list) && !listed.ContainsKey(link.Volume))
                {
                    listed.Add(link.Volume, new HashSet<string>(list.Persons.Select(person => person.Id), StringComparer.Ordinal));
                }

                if (list is null || !listed[link.Volume].Contains(link.PersonId))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.UnknownPeopleLink.Id, path, link.Span, link.Volume, link.PersonId));
                    continue;
                }

                if (!options.Indexes)
                {
                    continue; // The links are checked (DG0067) whatever the switch; only joining is an index.
                }

                if (!joined.TryGetValue(link.Volume, out var byPerson))
                {
                    joined.Add(link.Volume, byPerson = PersonDocumentsPlanner.Of(list, plan, entries, links));
                }

                if (byPerson.TryGetValue(link.PersonId, out var own))
                {
                    documents[p].Sent.AddRange(own.Sent);
                    documents[p].Received.AddRange(own.Received);
                    documents[p].Mentioned.AddRange(own.MentionedIn);
                }
            }
        }

        if (!options.Indexes)
        {
            return new PeopleSource(options.Namespace, options.CatalogName, catalog, EquatableArray<PeopleMember>.Empty, diagnostics.ToEquatableArray());
        }

        var byName = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var p = 0; p < people.Count; p++)
        {
            foreach (var name in people[p].Entry.Names)
            {
                byName[name.Text] = p;
            }
        }

        foreach (var document in named)
        {
            if (document is null)
            {
                continue;
            }

            Join(document.Authors, document.DocumentId, byName, documents, d => d.Sent);
            Join(document.Recipients, document.DocumentId, byName, documents, d => d.Received);
        }

        var taken = new HashSet<string>(GeneratedNames.ObjectMembers, StringComparer.OrdinalIgnoreCase) { GeneratedNames.People, GeneratedNames.All, GeneratedNames.Get };
        var members = new List<PeopleMember>();
        for (var p = 0; p < people.Count; p++)
        {
            var (path, entry) = people[p];
            var wanted = NameRules.TypeName(IdentifierBuilder.FromTitle(entry.Id, "Person"));
            var member = UniqueNames.Take(wanted, taken);
            if (member != wanted)
            {
                diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.AuthorityMemberCollision.Id, path, entry.Span, entry.Id, wanted, member));
            }

            var own = new PersonDocuments(Ordered(documents[p].Sent, order), Ordered(documents[p].Received, order), Ordered(documents[p].Mentioned, order));
            members.Add(new PeopleMember(
                member, entry.Id, entry.Names[0].Text, entry.Names.Skip(1).Select(n => n.Text).ToEquatableArray(), entry.Wikidata,
                entry.Links.Select(l => l.ToString()).ToEquatableArray(), own));
        }

        return new PeopleSource(options.Namespace, options.CatalogName, catalog, members.ToEquatableArray(), diagnostics.ToEquatableArray());
    }

    // Every file's entries, the files in path order; an id or a claim another file made first is reported as within one file.
    private static List<(string Path, PeopleEntry Entry)> Entries(IEnumerable<PeopleReading> files, List<DiagnosticInfo> diagnostics)
    {
        var result = new List<(string, PeopleEntry)>();
        var ids = new Dictionary<string, (string Path, PeopleEntry Entry)>(StringComparer.Ordinal);
        var claims = new Dictionary<string, (string Path, string Id, Core.Text.SourceSpan Span)>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            foreach (var entry in file.Entries)
            {
                if (ids.TryGetValue(entry.Id, out var first))
                {
                    diagnostics.Add(ProblemDiagnostics.ToInfo(new ParseProblem(ProblemCode.DuplicatePersonId, entry.Span, entry.Id, Where(first.Path, first.Entry.Span)), file.Path, null));
                    continue;
                }

                ids.Add(entry.Id, (file.Path, entry));
                var names = entry.Names.Where(n => Claim(n.Text, n.Span, file.Path, entry.Id, claims, diagnostics)).ToEquatableArray();
                if (names.Count > 0)
                {
                    // Only an entry kept claims its links, so a later entry may still have one.
                    var links = entry.Links.Where(l => Claim(l.ToString(), l.Span, file.Path, entry.Id, claims, diagnostics)).ToEquatableArray();
                    result.Add((file.Path, entry with { Names = names, Links = links }));
                }
            }
        }

        return result;
    }

    private static bool Claim(string key, Core.Text.SourceSpan span, string path, string id, Dictionary<string, (string Path, string Id, Core.Text.SourceSpan Span)> claims, List<DiagnosticInfo> diagnostics)
    {
        if (claims.TryGetValue(key, out var owner))
        {
            diagnostics.Add(ProblemDiagnostics.ToInfo(new ParseProblem(ProblemCode.PeopleClaimTaken, span, key, owner.Id, Where(owner.Path, owner.Span)), path, null));
            return false;
        }

        claims.Add(key, (path, id, span));
        return true;
    }

    private static string Where(string path, Core.Text.SourceSpan span) =>
        System.IO.Path.GetFileName(path) + " line " + (span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    // A name as the title writes it joins by its whole text first, then by its name, then by its bracketed alias.
    private static void Join(
        EquatableArray<string> names, string documentId, Dictionary<string, int> byName,
        List<(List<string> Sent, List<string> Received, List<string> Mentioned)> documents, Func<(List<string> Sent, List<string> Received, List<string> Mentioned), List<string>> which)
    {
        foreach (var text in names)
        {
            NameAlias.Split(text, out var name, out var alias);
            if (byName.TryGetValue(text, out var person) || byName.TryGetValue(name, out person) || (alias.Length > 0 && byName.TryGetValue(alias, out person)))
            {
                which(documents[person]).Add(documentId);
            }
        }
    }

    private static EquatableArray<string> Ordered(List<string> ids, Dictionary<string, int> order) =>
        ids.Where(order.ContainsKey).Distinct().OrderBy(id => order[id]).ToEquatableArray();
}
