using System;
using System.Collections.Generic;

namespace DocGen;

/// <summary>
/// A place a collection's documents were written at, as their datelines name it ("Managua", "Bluefields, Mosquito
/// Reservation"). Different spellings are different places: DocGen never merges them on a guess.
/// </summary>
public sealed class ArchivePlace
{
    private readonly IReadOnlyList<string> _ids;
    private readonly DocumentsById _documents;

    /// <summary>Creates a place; the documents are given by id, in date order, and found through <paramref name="get"/> when first read.</summary>
    public ArchivePlace(string name, IReadOnlyList<string> documents, Func<string, ArchiveDocument> get)
    {
        Name = name;
        _ids = documents;
        _documents = new DocumentsById(documents, get);
    }

    /// <summary>The name as the datelines write it, without the punctuation that ends it there; equal to <see cref="ArchiveDocument.Place"/> of each of its documents.</summary>
    public string Name { get; }

    /// <summary>The collection's documents written at this place, in date order (the catalog's <c>All</c> order).</summary>
    public IReadOnlyList<ArchiveDocument> Documents => _documents.Documents;

    /// <summary>Whether <paramref name="document"/> is one of <see cref="Documents"/>, by id, without reading the others.</summary>
    public bool Contains(ArchiveDocument document)
    {
        foreach (var id in _ids)
        {
            if (id == document.Id)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
