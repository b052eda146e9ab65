using DocGen.Core.Model;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Links;

/// <summary>
/// A document's share of its volume's page map: the volume, the document's id and the xml:ids of the pages that fall
/// in it, and (on the volume's first document) those of no document. Small and value-equal, so an edit elsewhere
/// leaves it cached.
/// </summary>
public sealed record VolumePages(string Volume, string DocumentId, EquatableArray<string> Pages, EquatableArray<string> Loose)
{
    /// <summary>The pages of a parsed document, or null when it has none to report.</summary>
    public static VolumePages? Of(ParsedInput input)
    {
        var document = input.Document;
        return document.IsUsable && document.Volume is { } volume && (!document.PageIds.IsEmpty || !document.LoosePageIds.IsEmpty)
            ? new VolumePages(volume.Id, document.Id, document.PageIds, document.LoosePageIds)
            : null;
    }
}
