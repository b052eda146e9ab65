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
    /// <summary>The embedded archive file long strings are sliced from (null when none), and its length in characters.</summary>
    public string? FileResource;
    public int FileLength;

    public string Id = string.Empty;
    public string Title = string.Empty;
    public string DateText = string.Empty;
    public StoredPoint DateStart;
    public StoredPoint DateEnd;
    public bool DateIsRange;
    public bool DateIsApproximate;
    public bool DateIsUncertain;
    public string? DateEdtf;
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
