using System.Collections.Generic;
using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// The reader's record of cross-references: each document's <c>ref</c> targets as they come, and where each page
/// (<c>pb/@xml:id</c>) falls; resolved once the whole volume is read, since a reference may point forward. Only
/// document targets (<c>#d45</c>, <c>frus1951v07p1#d12</c>) and page targets (<c>#pg_587</c>) are kept; a footnote or
/// index target (<c>#d1fn1</c>, <c>#in12</c>), a whole volume or a web address is not a citation. Linear: one
/// dictionary look-up per reference and per page.
/// </summary>
internal sealed class TeiReferences
{
    private const string PagePrefix = "pg_";

    private readonly Dictionary<string, (string? Document, string Number)> _pages = new(System.StringComparer.Ordinal);
    private string? _pendingPage;

    /// <summary>A page break: it falls in the open document, or, between documents, in the next one to start.</summary>
    public void Page(string? xmlId, string? number, DocumentBuilder? open)
    {
        if (xmlId is null || _pages.ContainsKey(xmlId))
        {
            return;
        }

        _pages.Add(xmlId, (open?.XmlId, number ?? PageNumber(xmlId)));
        _pendingPage = open is null ? xmlId : null;
    }

    /// <summary>A document starts: the page break just before it, if no text of another document came between, is its first page.</summary>
    public void DocumentStarts(DocumentBuilder document)
    {
        if (_pendingPage is not null)
        {
            _pages[_pendingPage] = (document.XmlId, _pages[_pendingPage].Number);
            _pendingPage = null;
        }
    }

    /// <summary>
    /// The xml:ids of the volume's pages, in the order they come: by the document (of <paramref name="kept"/>, by
    /// xml:id) each falls in, and those of no kept document (front and back matter). What another volume's page links
    /// are resolved against, project-wide. Linear in the pages.
    /// </summary>
    public (Dictionary<string, List<string>> ByDocument, List<string> Loose) PageMap(ICollection<string> kept)
    {
        var byDocument = new Dictionary<string, List<string>>(System.StringComparer.Ordinal);
        var loose = new List<string>();
        foreach (var page in _pages)
        {
            if (page.Value.Document is { } document && kept.Contains(document))
            {
                if (!byDocument.TryGetValue(document, out var pages))
                {
                    byDocument.Add(document, pages = new List<string>());
                }

                pages.Add(page.Key);
            }
            else
            {
                loose.Add(page.Key);
            }
        }

        return (byDocument, loose);
    }

    /// <summary>Whether a <c>ref</c>'s target is a document or a page (the only targets kept).</summary>
    public static bool IsCitation(string? target) =>
        target is not null && Split(target, out _, out var id) && (IsDocumentId(id) || id.StartsWith(PagePrefix, System.StringComparison.Ordinal));

    /// <summary>
    /// The document's links, each once, in the order of their first reference, leaving out those into the document
    /// itself; a target in its own volume that the volume lacks is a problem (DG0063), and no link. A document or page
    /// of another volume is also added to <paramref name="otherVolumes"/>, with its place, for the project-wide check
    /// (and, for a page, the project-wide look-up of the document it falls in).
    /// </summary>
    public EquatableArray<DocumentLink> Resolve(DocumentBuilder document, string volume, ICollection<string> documentIds, List<ParseProblem> problems, List<VolumeReference> otherVolumes)
    {
        var links = new List<DocumentLink>();
        var seen = new HashSet<DocumentLink>();
        foreach (var (target, span) in document.References)
        {
            Split(target, out var inVolume, out var id);
            var own = inVolume.Length == 0 || inVolume == volume;
            DocumentLink link;
            if (IsDocumentId(id))
            {
                if (own && !documentIds.Contains(id))
                {
                    problems.Add(new ParseProblem(ProblemCode.BrokenReference, span, target, "document", volume));
                    continue;
                }

                link = new DocumentLink(own ? volume : inVolume, id, VolumeReference.DocumentId(own ? volume : inVolume, id), null);
                if (!own)
                {
                    otherVolumes.Add(new VolumeReference(target, inVolume, id, span));
                }
            }
            else if (own)
            {
                if (!_pages.TryGetValue(id, out var page))
                {
                    problems.Add(new ParseProblem(ProblemCode.BrokenReference, span, target, "page", volume));
                    continue;
                }

                link = new DocumentLink(volume, id, page.Document is null ? null : VolumeReference.DocumentId(volume, page.Document), page.Number);
            }
            else
            {
                // Which document of that volume the page falls in is the project's to say (its look-up table), never
                // this record's: the record must not change when the other volume does.
                link = new DocumentLink(inVolume, id, null, PageNumber(id));
                otherVolumes.Add(new VolumeReference(target, inVolume, id, span) { IsPage = true });
            }

            if (link.DocumentId != VolumeReference.DocumentId(volume, document.XmlId) && seen.Add(link))
            {
                links.Add(link);
            }
        }

        return links.ToEquatableArray();
    }

    // "frus1951v07p1#d12" is volume and id; "#d12" has an empty volume; a target without '#' is no id.
    private static bool Split(string target, out string volume, out string id)
    {
        var hash = target.IndexOf('#');
        volume = hash < 0 ? string.Empty : target.Substring(0, hash);
        id = hash < 0 ? string.Empty : target.Substring(hash + 1);
        return hash >= 0 && id.Length > 0 && volume.IndexOf('/') < 0 && volume.IndexOf(':') < 0;
    }

    // FRUS document ids are "d" and a number ("d45"); "d1fn1" is a footnote.
    private static bool IsDocumentId(string id)
    {
        if (id.Length < 2 || id[0] != 'd')
        {
            return false;
        }

        for (var i = 1; i < id.Length; i++)
        {
            if (id[i] < '0' || id[i] > '9')
            {
                return false;
            }
        }

        return true;
    }

    private static string PageNumber(string id) => id.StartsWith(PagePrefix, System.StringComparison.Ordinal) ? id.Substring(PagePrefix.Length) : id;
}
