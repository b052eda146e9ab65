using DocGen.Core.Text;

namespace DocGen.Core.Model;

/// <summary>
/// A reference to a document or a page of another volume ("frus1951v07p1#d12", "frus1950v06#pg_587"): the volume,
/// the target's id in it, and where the <c>ref</c> stands. Only the whole project can tell whether that volume is in
/// it and lacks the target (DG0063), or which document a page falls in, so the reader keeps the place for the
/// generator.
/// </summary>
public sealed record VolumeReference(string Target, string Volume, string Id, SourceSpan Span)
{
    /// <summary>Whether the target is a page (<c>pb/@xml:id</c>) rather than a document.</summary>
    public bool IsPage { get; init; }

    /// <summary>The target as the generated page table keys it ("frus1950v06#pg_587"): the runtime looks a link up by the same key.</summary>
    public string Key => KeyOf(Volume, Id);

    /// <summary>The key of <paramref name="id"/> ("pg_587") in <paramref name="volume"/>: see <see cref="Key"/>.</summary>
    public static string KeyOf(string volume, string id) => Formats.Tei.FrusSite.Target(volume, id);

    /// <summary>The id the target has (a document) or lands in (a page) in the project, as documents' ids are written ("frus1951v07p1/d12").</summary>
    public static string DocumentId(string volume, string id) => volume + "/" + id;
}
