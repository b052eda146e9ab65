using System;
using System.Collections.Generic;
using System.Linq;

namespace DocGen;

/// <summary>
/// A person of a published volume's persons list, as the volume prints it: e.g. "Kissinger, Henry A.", "Assistant to
/// the President for National Security Affairs". Ids are the volume's own (FRUS ids are not unique across volumes).
/// </summary>
public sealed class ArchivePerson
{
    private readonly DocumentsById _sent;
    private readonly DocumentsById _received;
    private readonly DocumentsById _mentionedIn;

    /// <summary>Creates a person; the documents are given by id, in date order, and found through <paramref name="get"/> when first read.</summary>
    public ArchivePerson(
        string id, string name, string description, IReadOnlyList<string> seeAlso,
        IReadOnlyList<string> sent, IReadOnlyList<string> received, IReadOnlyList<string> mentionedIn, Func<string, ArchiveDocument> get)
    {
        Id = id;
        Name = name;
        Description = description;
        SeeAlso = seeAlso;
        _sent = new DocumentsById(sent, get);
        _received = new DocumentsById(received, get);
        _mentionedIn = new DocumentsById(mentionedIn, get);
    }

    /// <summary>The list entry's id in its volume ("p_KHA1").</summary>
    public string Id { get; }

    /// <summary>The name as the list writes it ("Kissinger, Henry A.", "Park Chung Hee (Pak Chong-hui)").</summary>
    public string Name { get; }

    /// <summary>The rest of the entry: offices and dates ("General, USA, Commander ..."); empty when the list gives none.</summary>
    public string Description { get; }

    /// <summary>The ids of the entries this one sends the reader to with "see" (other spellings of the same person).</summary>
    public IReadOnlyList<string> SeeAlso { get; }

    /// <summary>The documents the volume marks this person as sending (<c>persName type="from"</c>), in date order.</summary>
    public IReadOnlyList<ArchiveDocument> Sent => _sent.Documents;

    /// <summary>The documents the volume marks this person as receiving (<c>persName type="to"</c>), in date order.</summary>
    public IReadOnlyList<ArchiveDocument> Received => _received.Documents;

    /// <summary>The other documents whose text links a name to this person (<c>persName corresp</c>), in date order.</summary>
    public IReadOnlyList<ArchiveDocument> MentionedIn => _mentionedIn.Documents;

    /// <summary>The name.</summary>
    public override string ToString() => Name;

    // Built when first read, so a person's documents cost nothing until asked for; a race builds the same list twice.
    private sealed class DocumentsById
    {
        private readonly IReadOnlyList<string> _ids;
        private readonly Func<string, ArchiveDocument> _get;
        private IReadOnlyList<ArchiveDocument>? _documents;

        public DocumentsById(IReadOnlyList<string> ids, Func<string, ArchiveDocument> get)
        {
            _ids = ids;
            _get = get;
        }

        public IReadOnlyList<ArchiveDocument> Documents => _documents ??= _ids.Select(_get).ToArray();
    }
}
