using DocGen.Core.Dates;
using DocGen.Core.Text;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The little the catalog needs of a document: id, title, date and name. Editing a body leaves the key equal, so
/// the catalog step stays cached.
/// </summary>
public sealed record DocumentKey(
    string Path,
    string Id,
    string Title,
    string DateText,
    DatePoint DateStart,
    DatePoint DateEnd,
    string? MemberNameOverride,
    SourceSpan TitleSpan,
    SourceSpan CitationSpan);
