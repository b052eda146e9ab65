namespace DocGen;

/// <summary>
/// A document or page a document cites (a TEI <c>ref</c>): <c>#d45</c>, <c>frus1951v07p1#d12</c>, <c>#pg_587</c>.
/// The link is checked at build time, within its own volume and against the other volumes of the project (a target
/// such a volume lacks is warning DG0063).
/// </summary>
public sealed class DocumentLink
{
    /// <summary>Creates a link.</summary>
    public DocumentLink(string volume, string target, string? documentId, string? page)
    {
        Volume = volume;
        Target = target;
        DocumentId = documentId;
        Page = page;
    }

    /// <summary>The volume cited ("frus1951v07p1").</summary>
    public string Volume { get; }

    /// <summary>The target's id in that volume ("d12", "pg_587").</summary>
    public string Target { get; }

    /// <summary>
    /// The id of the document the link lands in, as the catalog writes ids ("frus1951v07p1/d12"): the target, or the
    /// document a page falls in (for a page of another volume of the project, from the project's page table); null for
    /// a page of a volume outside the project, or a page of no document.
    /// </summary>
    public string? DocumentId { get; }

    /// <summary>The page number ("587") when the target is a page, else null.</summary>
    public string? Page { get; }

    /// <summary>The target's canonical address on the Office of the Historian's site.</summary>
    public string Url => FrusSite.Url(Volume, Target);

    /// <summary>The volume and target, as a TEI <c>ref</c> writes them ("frus1951v07p1#d12").</summary>
    public override string ToString() => FrusSite.Target(Volume, Target);
}
