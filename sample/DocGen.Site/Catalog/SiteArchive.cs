using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DocGen;

namespace DocGen.Site.Catalog;

/// <summary>
/// The archive as the site sees it: every document in catalog order, looked up by id, and its collections. Built once
/// at start; everything the pages ask of it is read from these lists. The related-documents index is built when a
/// document page first asks for it, not at start.
/// </summary>
public sealed class SiteArchive
{
    private readonly Dictionary<string, ArchiveDocument> _byId;
    private readonly Dictionary<string, List<SiteCollection>> _collectionsById;
    private readonly Lazy<RelatedDocuments> _related;

    public SiteArchive(IReadOnlyList<ArchiveDocument> all, IReadOnlyList<SiteCollection> collections)
    {
        All = all;
        Collections = collections;
        _byId = new Dictionary<string, ArchiveDocument>(StringComparer.Ordinal);
        foreach (var document in all)
        {
            _byId.TryAdd(document.Id, document);
        }

        _collectionsById = new Dictionary<string, List<SiteCollection>>(StringComparer.Ordinal);
        foreach (var collection in collections)
        {
            foreach (var document in collection.Documents)
            {
                if (!_collectionsById.TryGetValue(document.Id, out var list))
                {
                    _collectionsById[document.Id] = list = new List<SiteCollection>();
                }

                list.Add(collection);
            }
        }

        _related = new(() => new RelatedDocuments(all));
    }

    /// <summary>Every document, in the catalog's order (by date, undated last, then id).</summary>
    public IReadOnlyList<ArchiveDocument> All { get; }

    /// <summary>Every collection, outer before inner, in the order the catalog class declares them.</summary>
    public IReadOnlyList<SiteCollection> Collections { get; }

    /// <summary>The documents that share a sender or recipient.</summary>
    public RelatedDocuments Related => _related.Value;

    public bool TryGet(string id, out ArchiveDocument document) => _byId.TryGetValue(id, out document!);

    /// <summary>The collections that hold <paramref name="document"/>.</summary>
    public IReadOnlyList<SiteCollection> CollectionsOf(ArchiveDocument document) =>
        _collectionsById.TryGetValue(document.Id, out var list) ? list : Array.Empty<SiteCollection>();

    /// <summary>
    /// The archive a generated catalog class holds (<c>Archive</c>): its <c>All</c>, and each nested class with an
    /// <c>All</c> of its own as a collection, found the same way below it.
    /// </summary>
    public static SiteArchive FromCatalog(Type catalog)
    {
        var collections = new List<SiteCollection>();
        AddCollections(catalog, string.Empty, string.Empty, collections);
        return new SiteArchive(AllOf(catalog) ?? throw new ArgumentException($"{catalog} has no static All of documents", nameof(catalog)), collections);
    }

    private static void AddCollections(Type parent, string keyPrefix, string namePrefix, List<SiteCollection> collections)
    {
        foreach (var nested in parent.GetNestedTypes(BindingFlags.Public).OrderBy(type => type.MetadataToken))
        {
            if (AllOf(nested) is { } documents)
            {
                var key = keyPrefix + nested.Name;
                var name = namePrefix + (VolumeTitle(documents) ?? Words(nested.Name));
                collections.Add(new SiteCollection(key, name, documents));
                AddCollections(nested, key + ".", name + " › ", collections);
            }
        }
    }

    /// <summary>
    /// The title of the one volume every document of a collection was published in (a FRUS volume's file is a
    /// collection): its own title, else its full title; null when the documents are not all of one volume.
    /// </summary>
    public static string? VolumeTitle(IReadOnlyList<ArchiveDocument> documents)
    {
        if (documents.Count == 0 || documents[0].Volume is not { } volume)
        {
            return null;
        }

        foreach (var document in documents)
        {
            if (document.Volume?.Id != volume.Id)
            {
                return null;
            }
        }

        return !string.IsNullOrWhiteSpace(volume.VolumeTitle) ? volume.VolumeTitle : !string.IsNullOrWhiteSpace(volume.FullTitle) ? volume.FullTitle : null;
    }

    /// <summary>A class name as words: "KoreanWar" is "Korean War" (a capital after a small letter starts a word).</summary>
    public static string Words(string name)
    {
        var words = new System.Text.StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]) && char.IsLower(name[i - 1]))
            {
                words.Append(' ');
            }

            words.Append(name[i] == '_' ? ' ' : name[i]);
        }

        return words.ToString();
    }

    private static IReadOnlyList<ArchiveDocument>? AllOf(Type type) =>
        type.GetProperty("All", BindingFlags.Public | BindingFlags.Static)?.GetValue(null) as IReadOnlyList<ArchiveDocument>;
}
