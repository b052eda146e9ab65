using DocGen.Core.Citations;
using DocGen.Core.Dates;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Model;

/// <summary>
/// Everything the parser read from one archive document, as plain values: equal inputs give equal models, so the
/// generator's incremental steps can cache on them. Spans point into the original file for diagnostics.
/// <see cref="LanguageTags"/> holds the BCP 47 tags of the original languages that are recognised, in order.
/// </summary>
public sealed record ParsedDocument(
    string Path,
    string Id,
    string Title,
    SourceSpan TitleSpan,
    ParsedDate Date,
    SourceSpan DateSpan,
    string? Url,
    string? Citation,
    SourceSpan CitationSpan,
    string? ArchiveName,
    EquatableArray<ArchivalReferenceInfo> Sources,
    string? Summary,
    EquatableArray<string> OriginalLanguages,
    EquatableArray<string> LanguageTags,
    string? Contents,
    EquatableArray<string> Body,
    EquatableArray<DocumentField> Fields,
    EquatableArray<ParseProblem> Problems)
{
    /// <summary>True when the document has the header the format requires (a title); otherwise it cannot be generated.</summary>
    public bool IsUsable => Title.Length > 0;

    /// <summary>The archival references of the citation verbatim, as one text ("APRF, f. 45, ...; and RGASPI, ..."), or null.</summary>
    public string? ArchiveLocation { get; init; }

    /// <summary>Where the citation's URL stands (the document id comes from it); empty when there is no URL.</summary>
    public SourceSpan UrlSpan { get; init; }

    /// <summary>Where each of <see cref="Sources"/> stands in the citation, in the same order.</summary>
    public EquatableArray<SourceSpan> SourceSpans { get; init; }

    /// <summary>Who wrote the document, as its title names them (TitleNames); empty when it names no author.</summary>
    public EquatableArray<string> Authors { get; init; }

    /// <summary>To whom it was sent, as its title names them (an intermediary first); empty when it names none.</summary>
    public EquatableArray<string> Recipients { get; init; }

    /// <summary>The BCP 47 tag of the language of the version the text gives ("Translation - English": "en"), or null.</summary>
    public string? CitedLanguage { get; init; }

    /// <summary>A document that could not be read: no title, nothing but its path, id from the file name, and its problems.</summary>
    public static ParsedDocument Unusable(string path, params ParseProblem[] problems) =>
        new(path, Formats.Markdown.DocumentIds.FromPath(path), string.Empty, default, ParsedDate.Unknown(string.Empty), default, null, null, default, null,
            EquatableArray<ArchivalReferenceInfo>.Empty, null, EquatableArray<string>.Empty, EquatableArray<string>.Empty, null, EquatableArray<string>.Empty,
            EquatableArray<DocumentField>.Empty, problems.ToEquatableArray());
}
