using DocGen.Core.Dates;
using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The little the catalog needs of a document: id, title (its member name), date (its place in <c>All</c>) and the
/// spans its diagnostics point at. Editing a body or a summary leaves the key equal, so the catalog step stays cached.
/// </summary>
public sealed record DocumentKey(
    string Path,
    string Id,
    string Title,
    DatePoint DateStart,
    DatePoint DateEnd,
    string? MemberNameOverride,
    SourceSpan TitleSpan,
    SourceSpan IdSpan)
{
    /// <summary>The document's name inside its file when the file holds many documents; empty when it holds one.</summary>
    public string Part { get; init; } = string.Empty;

    /// <summary>Where the document is: its file's path, with "#" and its part when the file holds many documents.</summary>
    public string Address => Addresses.Of(Path, Part);

    /// <summary>The collections the document is in, outermost first: its folders under the archive folder, then its file when the file holds many documents.</summary>
    public EquatableArray<string> Collection { get; init; } = EquatableArray<string>.Empty;
}
