using DocGen.Core.Text;

namespace DocGen.Core.Model;

/// <summary>
/// A reference to a document of another volume ("frus1951v07p1#d12"), with the id the document would have in the
/// project ("frus1951v07p1/d12") and where the <c>ref</c> stands: only the whole project can tell whether that volume
/// is in it and lacks the document (DG0063), so the reader keeps the place for the generator to report.
/// </summary>
public sealed record VolumeReference(string Target, string Volume, string DocumentId, SourceSpan Span);
