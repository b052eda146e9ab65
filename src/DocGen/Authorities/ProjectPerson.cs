using System;
using System.Collections.Generic;

namespace DocGen;

/// <summary>
/// A person of the project's own authority file (a <c>*.people.txt</c> AdditionalFile), joined across collections only
/// where the file says so: Wilson Center records whose authors or recipients are written with one of the person's
/// names, and the FRUS persons-list entries the file links ("frus1969-76v19p1#p_KHA1").
/// </summary>
public sealed class ProjectPerson
{
    private readonly DocumentsById _sent;
    private readonly DocumentsById _received;
    private readonly DocumentsById _mentionedIn;

    /// <summary>Creates a person; the documents are given by id, in date order, and found through <paramref name="get"/> when first read.</summary>
    public ProjectPerson(
        string id, string name, IReadOnlyList<string> aliases, string? wikidataId, IReadOnlyList<string> frusEntries,
        IReadOnlyList<string> sent, IReadOnlyList<string> received, IReadOnlyList<string> mentionedIn, Func<string, ArchiveDocument> get)
    {
        Id = id;
        Name = name;
        Aliases = aliases;
        WikidataId = wikidataId;
        FrusEntries = frusEntries;
        _sent = new DocumentsById(sent, get);
        _received = new DocumentsById(received, get);
        _mentionedIn = new DocumentsById(mentionedIn, get);
    }

    /// <summary>The entry's id in the authority file ("stalin").</summary>
    public string Id { get; }

    /// <summary>The name to show: the entry's first <c>name</c> line.</summary>
    public string Name { get; }

    /// <summary>The entry's other names, in file order ("Filippov").</summary>
    public IReadOnlyList<string> Aliases { get; }

    /// <summary>The Wikidata item's id ("Q855"), or null when the file gives none.</summary>
    public string? WikidataId { get; }

    /// <summary>The item's address on Wikidata, or null when the file gives no id.</summary>
    public string? WikidataUrl => WikidataId is null ? null : "https://www.wikidata.org/wiki/" + WikidataId;

    /// <summary>The FRUS persons-list entries the file says are this person, as it writes them ("frus1969-76v19p1#p_KHA1").</summary>
    public IReadOnlyList<string> FrusEntries { get; }

    /// <summary>The project's documents this person sent, across collections, in date order.</summary>
    public IReadOnlyList<ArchiveDocument> Sent => _sent.Documents;

    /// <summary>The project's documents this person received, across collections, in date order.</summary>
    public IReadOnlyList<ArchiveDocument> Received => _received.Documents;

    /// <summary>The project's other documents whose text links a name to this person, in date order.</summary>
    public IReadOnlyList<ArchiveDocument> MentionedIn => _mentionedIn.Documents;

    /// <summary>The name.</summary>
    public override string ToString() => Name;
}
