using DocGen.Core.Citations;
using DocGen.Core.Formatting;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Emit;

/// <summary>
/// The citation parts of a document's file: the <c>FormattedCitation</c> constant, formatted at compile time by the
/// same code the runtime library's <c>Cite</c> runs. What <c>Cite</c> formats from (authors, recipients, archive
/// location, cited language) goes into the document's record (StoredDocumentWriter).
/// </summary>
public static class CitationEmitter
{
    /// <summary>
    /// The bibliography entry in the project's style, plain text; for Chicago notes-bibliography a document with
    /// neither archive nor URL has no bibliography entry, and the constant holds its full note instead.
    /// </summary>
    public static string FormattedCitation(ParsedDocument document, CitationStyle style)
    {
        var entry = CitationRecords.Cite(document, style, CitationForm.Bibliography);
        return entry.Length > 0 ? entry : CitationRecords.Cite(document, style, CitationForm.Note);
    }

    public static void WriteConstant(SourceWriter writer, ParsedDocument document, CitationStyle style)
    {
        writer.Line("/// <summary>The citation in the project's style (" + style.ToString() + "), plain text, formatted at compile time.</summary>");
        writer.Line("public const string " + GeneratedNames.FormattedCitation + " = " + CSharpLiteral.Quote(FormattedCitation(document, style)) + ";");
        writer.Line();
    }

    public static void ReportInvalidStyle(SourceProductionContext context, string? invalid)
    {
        if (invalid is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidCitationStyle, Location.None, MessageText.Visible(invalid)));
        }
    }
}
