using System.Linq;
using DocGen.Core.Model;

namespace DocGen.Generator.Links;

/// <summary>A document's id and the ids of the documents it cites (its links that land in a document): all the reverse index needs of a parsed document.</summary>
public sealed record CitingLinks(string DocumentId, EquatableArray<string> Cited)
{
    /// <summary>The links of a parsed document, or null when none of them lands in a document.</summary>
    public static CitingLinks? Of(Pipeline.ParsedInput input)
    {
        var document = input.Document;
        if (!document.IsUsable || document.Cites.IsEmpty)
        {
            return null;
        }

        var cited = document.Cites.Where(link => link.DocumentId is not null).Select(link => link.DocumentId!).Distinct().ToEquatableArray();
        return cited.IsEmpty ? null : new CitingLinks(document.Id, cited);
    }
}
