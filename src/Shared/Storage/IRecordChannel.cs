// Shared source: see PackedNumbers.cs.
#if DOCGEN_GENERATOR
namespace DocGen.Generator.Storage;
#else
namespace DocGen.Storage;
#endif

/// <summary>
/// A channel for a document's record (<see cref="RecordLayout"/>): numbers, and strings stored as slices of a file
/// or pooled (<see cref="RecordStrings"/>).
/// </summary>
internal interface IRecordChannel : INumberChannel
{
    /// <summary>A string that may be null.</summary>
    void Text(ref string? value);

    /// <summary>A string that is never null; a reader that finds null reports a damaged record.</summary>
    void Required(ref string value);

    /// <summary>
    /// From here on, strings may be slices of this file (see <see cref="StoredDocument.FileResource"/>), counted from
    /// the start of the document's part of it.
    /// </summary>
    void OpenFile(string? resource, int length, int part);
}
