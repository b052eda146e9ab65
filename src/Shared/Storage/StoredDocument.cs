// Shared source: see PackedNumbers.cs.
using System;

#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// A document as its record stores it: plain fields, which <see cref="RecordLayout"/> walks in the one order both the
/// generator (writing) and the runtime (reading) use. The generator fills it from a parsed document, the runtime
/// builds an <c>ArchiveDocument</c> from it. A new field is a field here, a line in the layout, and one line in each
/// of those two mappings. Fields, not properties, so the layout can pass them by reference.
/// </summary>
internal sealed class StoredDocument
{
    /// <summary>
    /// The embedded archive file long strings are sliced from (null when none); its length in characters when the
    /// document is the whole file (<see cref="FilePart"/> 0); else 0, and the document is part <see cref="FilePart"/>
    /// of a file of many, whose length and whose parts' starts are in the file's table (<see cref="FileTable"/>).
    /// </summary>
    public string? FileResource;
    public int FileLength;
    public int FilePart;

    public string Id = string.Empty;
    public string Title = string.Empty;
    public StoredDate Date = new();
    public string? Url;
    public string? Citation;
    public string? ArchiveName;
    public StoredSource[] Sources = Array.Empty<StoredSource>();
    public string? Summary;
    public string[] OriginalLanguages = Array.Empty<string>();
    public string? Contents;
    public string[] Body = Array.Empty<string>();
    public StoredField[] Fields = Array.Empty<StoredField>();
    public string[] LanguageTags = Array.Empty<string>();
    public string[] Authors = Array.Empty<string>();
    public string[] Recipients = Array.Empty<string>();
    public string? ArchiveLocation;
    public string? CitedLanguage;

    // What a published edition (a TEI volume) states; empty for a Markdown export.
    public string? Number;
    public string? Place;
    public string? TimeOfDay;
    public string? UtcOffset;
    public string? Genre;
    public string? Classification;
    public StoredNote[] Notes = Array.Empty<StoredNote>();
    public string[] Pages = Array.Empty<string>();
    public string? Opener;
    public string? Closer;
    public string? Signature;
    public StoredPart[] Attachments = Array.Empty<StoredPart>();
    public bool IsEditorialNote;
    public string[] AuthorIds = Array.Empty<string>();
    public string[] RecipientIds = Array.Empty<string>();
    public StoredLink[] Cites = Array.Empty<StoredLink>();

    /// <summary>The volume the document was published in: none or one.</summary>
    public StoredVolume[] Volume = Array.Empty<StoredVolume>();
}

/// <summary>A date: the document's, an attachment's, a volume's coverage.</summary>
internal sealed class StoredDate
{
    public string Text = string.Empty;
    public StoredPoint Start;
    public StoredPoint End;
    public bool IsRange;
    public bool IsApproximate;
    public bool IsUncertain;
    public string? Edtf;
}

/// <summary>A footnote: its number, text, and anchor (paragraph index, -1 for the heading, and offset).</summary>
internal sealed class StoredNote
{
    public string? Number;
    public string Text = string.Empty;
    public int Paragraph;
    public int Offset;
}

/// <summary>A part printed inside a document (an attachment).</summary>
internal sealed class StoredPart
{
    public string Heading = string.Empty;
    public StoredDate Date = new();
    public string? Place;
    public string[] Authors = Array.Empty<string>();
    public string[] Recipients = Array.Empty<string>();
    public string? Opener;
    public string? Closer;
    public string? Signature;
    public string[] Body = Array.Empty<string>();
    public string[] Pages = Array.Empty<string>();
    public StoredNote[] Notes = Array.Empty<StoredNote>();
}

/// <summary>A document or page a document's references point at.</summary>
internal sealed class StoredLink
{
    public string Volume = string.Empty;
    public string Target = string.Empty;
    public string? DocumentId;
    public string? Page;
}

/// <summary>The published volume of a document.</summary>
internal sealed class StoredVolume
{
    public string Id = string.Empty;
    public string? FullTitle;
    public string? Series;
    public string? Subseries;
    public string? VolumeNumber;
    public string? VolumeTitle;
    public StoredEditor[] Editors = Array.Empty<StoredEditor>();
    public string? Publisher;
    public string? PublicationPlace;
    public string? PublicationYear;
    public StoredDate Coverage = new();
}

/// <summary>An editor of a volume and its role.</summary>
internal sealed class StoredEditor
{
    public string Name = string.Empty;
    public string? Role;
}

/// <summary>A point of a document's date; <see cref="Precision"/> is the DatePrecision member's value.</summary>
internal struct StoredPoint
{
    public int Year;
    public int Month;
    public int Day;
    public int Precision;
}

/// <summary>One archival reference of the citation.</summary>
internal sealed class StoredSource
{
    public string Raw = string.Empty;
    public string? Repository;
    public StoredLocator[] Locators = Array.Empty<StoredLocator>();
}

/// <summary>One locator of an archival reference ("f. 45").</summary>
internal sealed class StoredLocator
{
    public string Label = string.Empty;
    public string Kind = string.Empty;
    public string Value = string.Empty;
}

/// <summary>A labelled section the model has no field for.</summary>
internal sealed class StoredField
{
    public string Label = string.Empty;
    public string Value = string.Empty;
}
