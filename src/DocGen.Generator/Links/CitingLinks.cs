using System.Linq;
using DocGen.Core.Model;

namespace DocGen.Generator.Links;

/// <summary>
/// A document's id, the ids of the documents it cites (its links that land in a document) and the pages of other
/// volumes it cites (keyed as the page table keys them, their documents the project's to say): all the reverse index
/// needs of a parsed document.
/// </summary>
public sealed record CitingLinks(string DocumentId, EquatableArray<string> Cited)
{
    public EquatableArray<string> Pages { get; init; } = EquatableArray<string>.Empty;

    /// <summary>The links of a parsed document, or null when none of them lands, or may land, in a document.</summary>
    public static CitingLinks? Of(Pipeline.ParsedInput input)
    {
        var document = input.Document;
        if (!document.IsUsable || document.Cites.IsEmpty)
        {
            return null;
        }

        var cited = document.Cites.Where(link => link.DocumentId is not null).Select(link => link.DocumentId!).Distinct().ToEquatableArray();
        var pages = document.OtherVolumeReferences.Where(reference => reference.IsPage).Select(reference => reference.Key).Distinct().ToEquatableArray();
        return cited.IsEmpty && pages.IsEmpty ? null : new CitingLinks(document.Id, cited) { Pages = pages };
    }
}
