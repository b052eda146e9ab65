using System.Collections.Generic;

namespace DocGen;

/// <summary>
/// What a published edition (a TEI volume of Foreign Relations of the United States) states about a document and a
/// Markdown export does not: null, false or empty for a Markdown document. Set once, when the document is built.
/// </summary>
public sealed partial class ArchiveDocument
{
    /// <summary>The document's number in its volume ("172"), or null.</summary>
    public string? Number { get; internal set; }

    /// <summary>Where the document was written, as its dateline names it ("Hong Kong"), or null.</summary>
    public string? Place { get; internal set; }

    /// <summary>The time of day its date states ("16:00:00"), or null.</summary>
    public string? TimeOfDay { get; internal set; }

    /// <summary>The UTC offset of <see cref="TimeOfDay"/> ("+00:00", "-05:00"), or null when the time has none.</summary>
    public string? UtcOffset { get; internal set; }

    /// <summary>The genre its source note gives ("Telegram"), or null.</summary>
    public string? Genre { get; internal set; }

    /// <summary>The security classification its source note or opener gives ("Secret; Nodis"), or null.</summary>
    public string? Classification { get; internal set; }

    /// <summary>Its footnotes, in order; their text is not in <see cref="Body"/>.</summary>
    public IReadOnlyList<DocumentNote> Notes { get; internal set; } = ReadOnly.List<DocumentNote>(null);

    /// <summary>The page each paragraph of <see cref="Body"/> starts on ("" when not known); empty when the format has no pages.</summary>
    public IReadOnlyList<string> Pages { get; internal set; } = ReadOnly.List<string>(null);

    /// <summary>The text above the body (a genre marker, a classification line), or null.</summary>
    public string? Opener { get; internal set; }

    /// <summary>The text below the body ("I have, etc."), signature included, or null.</summary>
    public string? Closer { get; internal set; }

    /// <summary>The signature(s), or null.</summary>
    public string? Signature { get; internal set; }

    /// <summary>The parts printed inside it with their own heading (inclosures, attachments), in order.</summary>
    public IReadOnlyList<DocumentPart> Attachments { get; internal set; } = ReadOnly.List<DocumentPart>(null);

    /// <summary>True for a note the volume's editors wrote, not a historical document.</summary>
    public bool IsEditorialNote { get; internal set; }

    /// <summary>The persons-list id of each of <see cref="Authors"/> ("" where the name has none); empty when the format has none.</summary>
    public IReadOnlyList<string> AuthorIds { get; internal set; } = ReadOnly.List<string>(null);

    /// <summary>The persons-list id of each of <see cref="Recipients"/> ("" where the name has none); empty when the format has none.</summary>
    public IReadOnlyList<string> RecipientIds { get; internal set; } = ReadOnly.List<string>(null);

    /// <summary>The volume the document was published in, or null.</summary>
    public PublishedVolume? Volume { get; internal set; }
}
