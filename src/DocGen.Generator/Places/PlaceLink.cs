using DocGen.Core.Text;

namespace DocGen.Generator.Places;

/// <summary>
/// A document's dateline place with its id, file and the place of its start tag (where a naming diagnostic about the
/// place is reported): all the places index needs of a parsed document.
/// </summary>
public sealed record PlaceLink(string Path, string DocumentId, string Place, SourceSpan At)
{
    /// <summary>The link of a parsed document, or null when its dateline names no place.</summary>
    public static PlaceLink? Of(Pipeline.ParsedInput input)
    {
        var document = input.Document;
        return document.IsUsable && !string.IsNullOrEmpty(document.Place)
            ? new PlaceLink(document.Path, document.Id, document.Place!, document.UrlSpan != default ? document.UrlSpan : document.TitleSpan)
            : null;
    }
}
