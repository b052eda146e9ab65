using DocGen.Core.Model;

namespace DocGen.Core.Citations;

/// <summary>
/// A citation line split into its parts, following the archive's pattern:
/// <c>"Title", Date, Online Archive, Shelfmark; and Shelfmark. Credits. &lt;URL&gt;</c>.
/// Every part may be missing; each present part has its range inside the citation text for diagnostics.
/// </summary>
public sealed record CitationParts(
    string Text,
    string? Title,
    TextRange TitleRange,
    string? DateText,
    TextRange DateRange,
    string? ArchiveName,
    TextRange ArchiveNameRange,
    string? SourceText,
    TextRange SourceRange,
    EquatableArray<ArchivalReferenceInfo> References,
    string? Credits,
    string? Url,
    TextRange UrlRange)
{
    /// <summary>The citation as written with the angle brackets around the URL removed.</summary>
    public string PlainText { get; init; } = Text;
}
