using System;
using System.Collections.Generic;

namespace DocGen;

/// <summary>
/// One document of the archive, read and checked at compile time by the DocGen generator. Instances are created by
/// generated code; nothing is parsed or read from disk at run time.
/// </summary>
public sealed partial class ArchiveDocument
{
    /// <summary>Creates a document; generated code calls this with values read at compile time.</summary>
    public ArchiveDocument(
        string id,
        string title,
        DocumentDate date,
        string? url = null,
        string? citation = null,
        string? archiveName = null,
        IReadOnlyList<ArchivalReference>? sources = null,
        string? summary = null,
        IReadOnlyList<string>? originalLanguages = null,
        string? contents = null,
        IReadOnlyList<string>? body = null,
        IReadOnlyDictionary<string, string>? fields = null,
        IReadOnlyList<string>? languageTags = null,
        IReadOnlyList<string>? authors = null,
        IReadOnlyList<string>? recipients = null,
        string? archiveLocation = null,
        string? citedLanguage = null)
    {
        Id = id ?? throw new ArgumentNullException(nameof(id));
        Title = title ?? throw new ArgumentNullException(nameof(title));
        Date = date ?? DocumentDate.Unknown;
        Url = url;
        Citation = citation;
        ArchiveName = archiveName;
        Sources = ReadOnly.List(sources);
        Summary = summary;
        OriginalLanguages = ReadOnly.List(originalLanguages);
        Contents = contents;
        Body = ReadOnly.List(body);
        Fields = ReadOnly.Dictionary(fields);
        LanguageTags = ReadOnly.List(languageTags);
        Authors = ReadOnly.List(authors);
        Recipients = ReadOnly.List(recipients);
        ArchiveLocation = archiveLocation;
        CitedLanguage = citedLanguage;
    }

    /// <summary>The archive's id: the number in the document URL, else the URL's last segment, else the file name.</summary>
    public string Id { get; }

    /// <summary>The title on one line, as the document header writes it.</summary>
    public string Title { get; }

    /// <summary>The document's date, as written and as understood.</summary>
    public DocumentDate Date { get; }

    /// <summary>The document's URL in the online archive, if the citation gives one.</summary>
    public string? Url { get; }

    /// <summary>The citation as written, with the angle brackets around the URL removed.</summary>
    public string? Citation { get; }

    /// <summary>The online archive the citation names ("Wilson Center Digital Archive").</summary>
    public string? ArchiveName { get; }

    /// <summary>Each archival reference of the citation, in order.</summary>
    public IReadOnlyList<ArchivalReference> Sources { get; }

    /// <summary>The archive's summary of the document.</summary>
    public string? Summary { get; }

    /// <summary>The languages of the original, as named by the archive ("Russian").</summary>
    public IReadOnlyList<string> OriginalLanguages { get; }

    /// <summary>
    /// The BCP 47 language tags ("ru", "zh", "de") of the original languages DocGen recognises, in order and without
    /// repeats; a name it does not know (reported as DG0020) has no tag here.
    /// </summary>
    public IReadOnlyList<string> LanguageTags { get; }

    /// <summary>What the text below is ("Translation - English", "English Transcription").</summary>
    public string? Contents { get; }

    /// <summary>The document's text, one entry a paragraph; lines inside a paragraph are separated by '\n'.</summary>
    public IReadOnlyList<string> Body { get; }

    /// <summary>Labelled sections DocGen has no property for, by label as written.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>
    /// Who wrote the document, as its title names them ("Filippov [Stalin]" for "Ciphered Telegram No. 709, Filippov
    /// [Stalin] to Krasovsky, for Mao Zedong"); empty when the title names no author. Read at compile time.
    /// </summary>
    public IReadOnlyList<string> Authors { get; }

    /// <summary>
    /// To whom the document was sent, as its title names them (an intermediary first, then the person it was for:
    /// "Krasovsky", "Mao Zedong"); empty when the title names no recipient. Read at compile time.
    /// </summary>
    public IReadOnlyList<string> Recipients { get; }

    /// <summary>
    /// <see cref="Authors"/> split into name and alias ("Filippov [Stalin]": Filippov, alias Stalin), in the same order;
    /// built when first read.
    /// </summary>
    public IReadOnlyList<PersonName> AuthorNames => _authorNames ??= Names(Authors);

    /// <summary><see cref="Recipients"/> split into name and alias, in the same order; built when first read.</summary>
    public IReadOnlyList<PersonName> RecipientNames => _recipientNames ??= Names(Recipients);

    private IReadOnlyList<PersonName>? _authorNames;
    private IReadOnlyList<PersonName>? _recipientNames;

    private static PersonName[] Names(IReadOnlyList<string> texts)
    {
        var names = new PersonName[texts.Count];
        for (var i = 0; i < names.Length; i++)
        {
            names[i] = PersonName.Parse(texts[i]);
        }

        return names;
    }

    /// <summary>The archival references of the citation verbatim, as one text ("APRF, f. 45, ...; and RGASPI, ..."), or null.</summary>
    public string? ArchiveLocation { get; }

    /// <summary>The BCP 47 tag of the language of the version the text gives ("en" for "Translation - English"), or null.</summary>
    public string? CitedLanguage { get; }

    /// <summary>The title.</summary>
    public override string ToString() => Title;
}
