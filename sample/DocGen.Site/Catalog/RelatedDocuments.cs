using System;
using System.Collections.Generic;
using DocGen;

namespace DocGen.Site.Catalog;

/// <summary>A person of a document and the other documents they sent or received, the first few in catalog order.</summary>
public sealed record RelatedPerson(string Name, IReadOnlyList<ArchiveDocument> Documents, int Total);

/// <summary>
/// The documents that share a sender or recipient, indexed once for the whole archive. A person is the same person
/// when a volume's persons list gives both names one id; a name without an id stands for itself.
/// </summary>
public sealed class RelatedDocuments
{
    private readonly Dictionary<string, List<ArchiveDocument>> _byPerson = new(StringComparer.Ordinal);

    public RelatedDocuments(IReadOnlyList<ArchiveDocument> all)
    {
        foreach (var document in all)
        {
            foreach (var (_, key) in People(document))
            {
                if (!_byPerson.TryGetValue(key, out var list))
                {
                    _byPerson[key] = list = new List<ArchiveDocument>();
                }

                // A person who both sent and received it is listed with it once.
                if (list.Count == 0 || !ReferenceEquals(list[^1], document))
                {
                    list.Add(document);
                }
            }
        }
    }

    /// <summary>For each sender and recipient of <paramref name="document"/>: up to <paramref name="limit"/> other documents of theirs.</summary>
    public IReadOnlyList<RelatedPerson> Of(ArchiveDocument document, int limit)
    {
        var related = new List<RelatedPerson>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, key) in People(document))
        {
            if (!seen.Add(key) || !_byPerson.TryGetValue(key, out var list) || list.Count < 2)
            {
                continue;
            }

            var others = new List<ArchiveDocument>(Math.Min(limit, list.Count - 1));
            for (var i = 0; i < list.Count && others.Count < limit; i++)
            {
                if (!ReferenceEquals(list[i], document))
                {
                    others.Add(list[i]);
                }
            }

            related.Add(new RelatedPerson(name, others, list.Count - 1));
        }

        return related;
    }

    private static IEnumerable<(string Name, string Key)> People(ArchiveDocument document)
    {
        for (var i = 0; i < document.Authors.Count; i++)
        {
            yield return (document.Authors[i], Key(document, document.Authors[i], document.AuthorIds, i));
        }

        for (var i = 0; i < document.Recipients.Count; i++)
        {
            yield return (document.Recipients[i], Key(document, document.Recipients[i], document.RecipientIds, i));
        }
    }

    // Persons-list ids are a volume's own, so the volume is part of the key.
    private static string Key(ArchiveDocument document, string name, IReadOnlyList<string> ids, int index) =>
        index < ids.Count && ids[index].Length > 0 && document.Volume is { } volume ? "id\n" + volume.Id + "\n" + ids[index] : "name\n" + name;
}
