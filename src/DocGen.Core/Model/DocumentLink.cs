namespace DocGen.Core.Model;

/// <summary>
/// A reference a document makes (a TEI <c>ref</c>) to a document or a page, as the reader resolved it: the volume
/// ("frus1951v07p1"), the target's id in it ("d12", "pg_587"), the id of the document it lands in, as documents' ids
/// are written ("frus1951v07p1/d12": the target itself, or the document the page falls in; null when the reader cannot
/// know: a page of another volume, or a page of no document), and the page's number ("587") when the target is a page.
/// </summary>
public sealed record DocumentLink(string Volume, string Target, string? DocumentId, string? Page);
