using System.Runtime.CompilerServices;
using DocGen.Core.Citations;
using DocGen.Core.Formatting;
using DocGen.Core.Model;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Styles;
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
    [MethodImpl(Jit.Optimized)]
    public static string FormattedCitation(ParsedDocument document, CitationStyle style)
    {
        var entry = CitationRecords.Cite(document, style, CitationForm.Bibliography);
        return entry.Length > 0 ? entry : CitationRecords.Cite(document, style, CitationForm.Note);
    }

    /// <summary>The same in the project's style: a built-in one, or a style file's (as Cite(CitationStyles.X) renders it at run time).</summary>
    [MethodImpl(Jit.Optimized)]
    public static string FormattedCitation(ParsedDocument document, ConstantStyle style)
    {
        if (style.File is not { } file)
        {
            return FormattedCitation(document, style.BuiltIn);
        }

        var (parsed, locale) = Parsed(file.Xml, style.Locale?.Xml);
        var entry = CitationRecords.Cite(document, parsed, locale, CitationForm.Bibliography);
        return entry.Length > 0 ? entry : CitationRecords.Cite(document, parsed, locale, CitationForm.Note);
    }

    [MethodImpl(Jit.Optimized)]
    public static void WriteConstant(SourceWriter writer, ParsedDocument document, ConstantStyle style)
    {
        writer.Line("/// <summary>The citation in the project's style (" + style.Name + "), plain text, formatted at compile time.</summary>");
        writer.LiteralLine("public const string " + GeneratedNames.FormattedCitation + " = ", FormattedCitation(document, style), ";");
        writer.Line();
    }

    public static void ReportInvalidStyle(SourceProductionContext context, string? invalid)
    {
        if (invalid is not null)
        {
            context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidCitationStyle, Location.None, MessageText.Visible(invalid)));
        }
    }

    // The style and locale files parsed once per thread and text, not once per document: a shard's documents all ask
    // for the same ones (the same string instances, from one plan).
    [System.ThreadStatic]
    private static (string Style, string? Locale, CslStyle ParsedStyle, LocaleData? ParsedLocale)? _parsed;

    private static (CslStyle Style, LocaleData? Locale) Parsed(string style, string? locale)
    {
        if (_parsed is { } last && ReferenceEquals(last.Style, style) && ReferenceEquals(last.Locale, locale))
        {
            return (last.ParsedStyle, last.ParsedLocale);
        }

        var parsed = (style, locale, CslStyle.Parse(style), locale is null ? null : LocaleParser.ParseFile(locale));
        _parsed = parsed;
        return (parsed.Item3, parsed.Item4);
    }
}
