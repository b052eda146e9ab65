using System;
using System.Collections.Generic;
using System.IO;

namespace DocGen.Cli;

/// <summary>
/// The one place `docgen export` turns documents into a bibliography: each format is the runtime library's
/// whole-archive export (<see cref="ArchiveExports"/>), so the tool writes exactly what <c>Archive.All.ToCslJson()</c>
/// and the rest write in a compiled archive.
/// </summary>
public static class Exporters
{
    /// <summary>Writes <paramref name="documents"/> to <paramref name="writer"/> in the format and style <paramref name="options"/> name.</summary>
    public static void Export(IReadOnlyList<ArchiveDocument> documents, CliOptions options, TextWriter writer)
    {
        switch (options.Format)
        {
            case "csl-json":
                documents.WriteCslJson(writer, options.Accessed);
                break;
            case "bibtex":
                documents.WriteBibTeX(writer, options.Accessed);
                break;
            case "ris":
                documents.WriteRis(writer, options.Accessed);
                break;
            case "text":
                documents.WriteBibliography(writer, options.Style, CitationMarkup.PlainText, options.Accessed);
                break;
            case "markdown":
                documents.WriteBibliography(writer, options.Style, CitationMarkup.Markdown, options.Accessed);
                break;
            case "html":
                documents.WriteBibliography(writer, options.Style, CitationMarkup.Html, options.Accessed);
                break;
            default:
                // CliOptions accepts only the formats above.
                throw new ArgumentOutOfRangeException(nameof(options), options.Format, "unknown export format");
        }
    }
}
