using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// A parsed document with its member-name override and the generator's own diagnostics about it (only an internal
/// error: the parser's problems are reported by the analyzer, live in the editor), and the embedded file its long
/// strings are sliced from, if any.
/// </summary>
public sealed record ParsedInput(ParsedDocument Document, string? MemberNameOverride, EquatableArray<DiagnosticInfo> Diagnostics, EmbeddedFile? Embedded)
{
    /// <summary>The document's name inside its file when the file holds many documents; empty when it holds one.</summary>
    public string Part { get; init; } = string.Empty;

    /// <summary>
    /// Where the document's range starts in its embedded file, and the file's length, when it is a part of a file of
    /// many (<see cref="EmbeddedFile.Part"/> &gt; 0): what the file's table holds, never the document's model.
    /// </summary>
    public int FileStart { get; init; }

    public int FileLength { get; init; }

    /// <summary>See <see cref="DocumentKey.Collection"/>.</summary>
    public EquatableArray<string> Collection { get; init; } = EquatableArray<string>.Empty;

    /// <summary>See <see cref="DocumentKey.Address"/>.</summary>
    public string Address => Addresses.Of(Document.Path, Part);

    public DocumentKey? Key => Document.IsUsable
        ? new DocumentKey(Document.Path, Document.Id, Document.Title, Document.Date.Start, Document.Date.End, MemberNameOverride, Document.TitleSpan, IdSpan(Document)) { Part = Part, Collection = Collection }
        : null;

    // Where the id is written: the URL it comes from; without one (the id is the file name) the citation, or the
    // title when there is no citation either.
    private static Core.Text.SourceSpan IdSpan(ParsedDocument document) =>
        document.UrlSpan != default ? document.UrlSpan : document.CitationSpan != default ? document.CitationSpan : document.TitleSpan;

    /// <summary>
    /// The document's content without spans or problems: what its generated source depends on. Made once: the driver
    /// keeps an unchanged document's ParsedInput from run to run, so after an edit the regrouped models of the other
    /// documents hold the very same Content and compare equal at once.
    /// </summary>
    public ParsedDocument Content { get; } = Document with
    {
        Path = string.Empty,
        TitleSpan = default,
        DateSpan = default,
        CitationSpan = default,
        UrlSpan = default,
        SourceSpans = EquatableArray<Core.Text.SourceSpan>.Empty,
        OtherVolumeReferences = EquatableArray<VolumeReference>.Empty,
        PageIds = EquatableArray<string>.Empty,
        LoosePageIds = EquatableArray<string>.Empty,
        Problems = EquatableArray<Core.Problems.ParseProblem>.Empty,
        Range = null,
    };
}
