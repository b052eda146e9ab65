using DocGen.Core.Citations;
using DocGen.Core.Dates;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Model;

/// <summary>
/// Everything the parser read from one archive document, as plain values: equal inputs give equal models, so the
/// generator's incremental steps can cache on them. Spans point into the original file for diagnostics.
/// <see cref="LanguageTags"/> holds the BCP 47 tags of the original languages that are recognised, in order.
/// </summary>
public sealed record ParsedDocument(
    string Path,
    string Id,
    string Title,
    SourceSpan TitleSpan,
    ParsedDate Date,
    SourceSpan DateSpan,
    string? Url,
    string? Citation,
    SourceSpan CitationSpan,
    string? ArchiveName,
    EquatableArray<ArchivalReferenceInfo> Sources,
    string? Summary,
    EquatableArray<string> OriginalLanguages,
    EquatableArray<string> LanguageTags,
    string? Contents,
    EquatableArray<string> Body,
    EquatableArray<DocumentField> Fields,
    EquatableArray<ParseProblem> Problems)
{
    /// <summary>True when the document has the header the format requires (a title); otherwise it cannot be generated.</summary>
    public bool IsUsable => Title.Length > 0;

    /// <summary>The archival references of the citation verbatim, as one text ("APRF, f. 45, ...; and RGASPI, ..."), or null.</summary>
    public string? ArchiveLocation { get; init; }

    /// <summary>Where the citation's URL stands (the document id comes from it); empty when there is no URL.</summary>
    public SourceSpan UrlSpan { get; init; }

    /// <summary>Where each of <see cref="Sources"/> stands in the citation, in the same order.</summary>
    public EquatableArray<SourceSpan> SourceSpans { get; init; }

    /// <summary>Who wrote the document, as its title names them (TitleNames); empty when it names no author.</summary>
    public EquatableArray<string> Authors { get; init; }

    /// <summary>To whom it was sent, as its title names them (an intermediary first); empty when it names none.</summary>
    public EquatableArray<string> Recipients { get; init; }

    /// <summary>The BCP 47 tag of the language of the version the text gives ("Translation - English": "en"), or null.</summary>
    public string? CitedLanguage { get; init; }

    // What a published edition (a TEI volume) states and a Markdown export does not; a Markdown document leaves them empty.

    /// <summary>The document's number in its volume ("172", from <c>@n</c> or a leading "172." of the heading), or null.</summary>
    public string? Number { get; init; }

    /// <summary>Where the document was written, as its dateline names it ("Hong Kong"), or null.</summary>
    public string? Place { get; init; }

    /// <summary>The documents and pages its cross-references point at, each once, in the order they are first cited; empty for a format without them.</summary>
    public EquatableArray<DocumentLink> Cites { get; init; }

    /// <summary>Where each reference to a document or page of another volume stands, for the project-wide check (DG0063) and page look-up; empty for a format without them.</summary>
    public EquatableArray<VolumeReference> OtherVolumeReferences { get; init; }

    /// <summary>
    /// The xml:ids of the pages (<c>pb</c>) that fall in the document, as the volume's own page links resolve them:
    /// what other volumes' links to a page are resolved against, project-wide. Empty for a format without pages.
    /// </summary>
    public EquatableArray<string> PageIds { get; init; }

    /// <summary>On a volume's first document only: the xml:ids of the volume's pages that fall in no document (front and back matter), so a link to one is known to exist.</summary>
    public EquatableArray<string> LoosePageIds { get; init; }

    /// <summary>The time of day the date states ("16:00:00"), or null when it states none.</summary>
    public string? TimeOfDay { get; init; }

    /// <summary>The UTC offset of <see cref="TimeOfDay"/> ("+00:00", "-05:00"), or null when the time has none.</summary>
    public string? UtcOffset { get; init; }

    /// <summary>The genre the source note gives ("Telegram"), or null.</summary>
    public string? Genre { get; init; }

    /// <summary>The security classification the source note or opener gives ("Secret; Nodis"), or null.</summary>
    public string? Classification { get; init; }

    /// <summary>The footnotes, in order, their text left out of <see cref="Body"/>.</summary>
    public EquatableArray<DocumentNote> Notes { get; init; }

    /// <summary>The page each of <see cref="Body"/>'s paragraphs starts on, in the same order ("" when not known); empty when the format has no pages.</summary>
    public EquatableArray<string> Pages { get; init; }

    /// <summary>The opener (salutation, genre marker, classification line) above the body, or null.</summary>
    public string? Opener { get; init; }

    /// <summary>The closer below the body ("I have, etc."), signature included, or null.</summary>
    public string? Closer { get; init; }

    /// <summary>The signature(s) of the closer, or null.</summary>
    public string? Signature { get; init; }

    /// <summary>The parts printed inside the document with their own heading (attachments, inclosures), in order.</summary>
    public EquatableArray<DocumentPart> Attachments { get; init; }

    /// <summary>True for a note the editors wrote (an "Editorial Note"), not a historical document.</summary>
    public bool IsEditorialNote { get; init; }

    /// <summary>The persons-list id of each of <see cref="Authors"/>, in the same order ("" where the name has none).</summary>
    public EquatableArray<string> AuthorIds { get; init; }

    /// <summary>The persons-list id of each of <see cref="Recipients"/>, in the same order ("" where the name has none).</summary>
    public EquatableArray<string> RecipientIds { get; init; }

    /// <summary>The volume the document was published in, or null for a format that has none.</summary>
    public PublishedVolume? Volume { get; init; }

    /// <summary>
    /// The characters of its file the document is written in, when the file holds others too (a TEI volume's document
    /// div, tags included); null when the document is the whole file. Its strings are found there, and only there.
    /// </summary>
    public TextRange? Range { get; init; }

    /// <summary>A document that could not be read: no title, nothing but its path, id from the file name, and its problems.</summary>
    public static ParsedDocument Unusable(string path, params ParseProblem[] problems) =>
        new(path, Formats.Markdown.DocumentIds.FromPath(path), string.Empty, default, ParsedDate.Unknown(string.Empty), default, null, null, default, null,
            EquatableArray<ArchivalReferenceInfo>.Empty, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, EquatableArray<string>.Empty,
            EquatableArray<DocumentField>.Empty, problems.ToEquatableArray());
}
