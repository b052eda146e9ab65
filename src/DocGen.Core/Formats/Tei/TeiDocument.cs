using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// One FRUS document: a <c>div[@type='document']</c> with an <c>xml:id</c>. <see cref="Id"/> is
/// "&lt;volume id&gt;/&lt;xml:id&gt;"; <see cref="Title"/> is the heading without its notes and without a leading
/// number ("172."), which goes to <see cref="Number"/> when <c>@n</c> is absent. <see cref="Content"/> holds what a
/// document shares with its attachments; <see cref="Span"/> is the div's start tag.
/// </summary>
public sealed record TeiDocument(
    string Id,
    string XmlId,
    string Url,
    string? Number,
    string Title,
    string? Subtype,
    bool IsEditorialNote,
    TeiPart Content,
    EquatableArray<TeiPart> Attachments,
    SourceSpan Span,
    EquatableArray<ParseProblem> Problems)
{
    /// <summary>The FRUS site's base address; a document's URL is this, the volume id, "/" and its xml:id.</summary>
    public const string SiteBase = FrusSite.Base;

    /// <summary>The documents and pages the document's <c>ref</c>s point at, resolved within the volume (TeiReferences).</summary>
    public EquatableArray<DocumentLink> Cites { get; init; } = EquatableArray<DocumentLink>.Empty;

    /// <summary>The div in its file, from the '&lt;' of its start tag to past the '&gt;' of its end tag.</summary>
    public Citations.TextRange Range { get; init; }

    /// <summary>The references among <see cref="Cites"/> to documents and pages of other volumes, with their places.</summary>
    public EquatableArray<VolumeReference> OtherVolumeReferences { get; init; } = EquatableArray<VolumeReference>.Empty;

    /// <summary>See <see cref="ParsedDocument.PageIds"/>.</summary>
    public EquatableArray<string> PageIds { get; init; } = EquatableArray<string>.Empty;

    /// <summary>See <see cref="ParsedDocument.LoosePageIds"/>.</summary>
    public EquatableArray<string> LoosePageIds { get; init; } = EquatableArray<string>.Empty;
}

/// <summary>
/// What a document and each of its attachments have: the heading (all of its text, notes left out), the dateline's
/// date and place, the persons the heading marks as sender and recipient, the source notes, opener, closer and
/// signature, the body paragraphs and the footnotes. Missing texts are null.
/// </summary>
public sealed record TeiPart(
    string Heading,
    SourceSpan HeadingSpan,
    TeiDate Date,
    string? Place,
    EquatableArray<TeiPerson> Authors,
    EquatableArray<TeiPerson> Recipients,
    EquatableArray<TeiSource> Sources,
    string? Opener,
    string? Closer,
    string? Signature,
    EquatableArray<TeiParagraph> Body,
    EquatableArray<TeiNote> Notes);

/// <summary>A sender or recipient from the heading: its text, its <c>@corresp</c> id into the persons list (without '#'), and whether it is a <c>gloss</c> (an office or institution).</summary>
public sealed record TeiPerson(string Name, string? Corresp, bool IsGloss);

/// <summary>A body paragraph: its text without footnotes, the element it came from ("p", "item", "row", "l", ...), and the page (<c>pb/@n</c>) it starts on.</summary>
public sealed record TeiParagraph(string Text, string Kind, string? Page);

/// <summary>
/// A footnote: its number (<c>@n</c>), <c>xml:id</c>, text, and its anchor: the index of the paragraph it stands in
/// (-1 for the heading) and the character offset in that paragraph's text.
/// </summary>
public sealed record TeiNote(string? Number, string? XmlId, string Text, int Paragraph, int Offset);

/// <summary>
/// A source note, whole (<see cref="Text"/>, without a leading "Source:") and split: the decimal file number
/// ("793.00/8–1551"), the genre ("Telegram"), the classification ("Secret; Nodis"), the repository ("National
/// Archives"), the record group ("RG 59") and the rest of the archival reference ("Central Files 1970–73, ..."), each null when not named.
/// </summary>
public sealed record TeiSource(
    string Text,
    string? FileNumber,
    string? Genre,
    string? Classification,
    string? Repository,
    string? RecordGroup,
    string? Collection,
    SourceSpan Span);
