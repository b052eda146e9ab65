using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Authorities;

/// <summary>
/// Joins a volume's persons to its documents only where the markup links them: a sender's or recipient's
/// <c>@corresp</c> (the TEI reader's AuthorIds, RecipientIds) or a mention's. An id the list lacks, and a name
/// with no link, join nothing. Each person's documents are in the catalog's <c>All</c> order (date, then id).
/// </summary>
internal static class PersonDocumentsPlanner
{
    /// <summary>The volume's persons' documents; <paramref name="entries"/> are the volume's documents, as places in the catalog's All.</summary>
    public static Dictionary<string, PersonDocuments> Of(AuthorityReading reading, CatalogPlan plan, IEnumerable<int> entries, PersonLinkIndex links)
    {
        // The volume's documents: id -> place in All, and xml:id -> id (a document's id is "<volume id>/<xml:id>").
        var order = new Dictionary<string, int>(System.StringComparer.Ordinal);
        var byXmlId = new Dictionary<string, string>(System.StringComparer.Ordinal);
        foreach (var i in entries)
        {
            var id = plan.Entries[i].Id;
            order[id] = i;
            byXmlId[id.Substring(id.LastIndexOf('/') + 1)] = id;
        }

        var listed = new HashSet<string>(reading.Persons.Select(p => p.Id), System.StringComparer.Ordinal);
        var sent = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        var received = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        var mentioned = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        foreach (var link in links.Of(reading.Path))
        {
            Add(sent, link.AuthorIds, link.DocumentId, listed);
            Add(received, link.RecipientIds, link.DocumentId, listed);
        }

        foreach (var mention in reading.Mentions)
        {
            if (byXmlId.TryGetValue(mention.DocumentXmlId, out var id))
            {
                Add(mentioned, new[] { mention.PersonId }, id, listed);
            }
        }

        var result = new Dictionary<string, PersonDocuments>(System.StringComparer.Ordinal);
        foreach (var person in listed)
        {
            var documents = new PersonDocuments(Ordered(sent, person, order), Ordered(received, person, order), Ordered(mentioned, person, order));
            if (documents != PersonDocuments.None)
            {
                result.Add(person, documents);
            }
        }

        return result;
    }

    private static void Add(Dictionary<string, List<string>> byPerson, IEnumerable<string> personIds, string documentId, HashSet<string> listed)
    {
        foreach (var person in personIds)
        {
            if (!listed.Contains(person))
            {
                continue;
            }

            if (!byPerson.TryGetValue(person, out var documents))
            {
                byPerson.Add(person, documents = new List<string>());
            }

            documents.Add(documentId);
        }
    }

    // Documents left out of the catalog (unusable) are left out here too; a document named twice counts once.
    private static EquatableArray<string> Ordered(Dictionary<string, List<string>> byPerson, string person, Dictionary<string, int> order) =>
        byPerson.TryGetValue(person, out var documents)
            ? documents.Where(order.ContainsKey).Distinct().OrderBy(id => order[id]).ToEquatableArray()
            : EquatableArray<string>.Empty;
}
