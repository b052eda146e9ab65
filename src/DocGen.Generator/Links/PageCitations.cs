using System.Linq;
using DocGen.Core.Model;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Links;

/// <summary>A document's references to pages of other volumes, with its file: all the page table needs of a citing document.</summary>
public sealed record PageCitations(string Path, EquatableArray<VolumeReference> References)
{
    /// <summary>The page references of a parsed document, or null when it consults no table (<see cref="PageLinkTable.Consults"/>).</summary>
    public static PageCitations? Of(ParsedInput input) =>
        input.Document.IsUsable && PageLinkTable.Consults(input.Document)
            ? new PageCitations(input.Document.Path, input.Document.OtherVolumeReferences.Where(reference => reference.IsPage).ToEquatableArray())
            : null;
}
