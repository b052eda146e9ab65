using System;
using System.Linq;
using System.Runtime.CompilerServices;
using DocGen.Core.Dates;
using DocGen.Core.Formatting;
using DocGen.Core.Languages;
using DocGen.Core.Model;

namespace DocGen.Core.Citations;

/// <summary>Builds the CSL variables of a parsed document, the same way the runtime library builds them from its model.</summary>
public static class CitationRecords
{
    private static readonly char[] WordBreaks = { ' ', '-', ',', '/', '(', ')' };

    /// <summary>The language tag of the version the text gives ("Translation - English" → "en"), or null when Contents names none.</summary>
    [MethodImpl(Jit.Optimized)]
    public static string? CitedLanguage(string? contents)
    {
        if (string.IsNullOrWhiteSpace(contents))
        {
            return null;
        }

        // "Translation - English", "English Transcription", "Original - Russian": the first known language word.
        var words = contents!.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries);
        foreach (var word in words)
        {
            if (LanguageTags.For(word) is { } tag)
            {
                return tag;
            }
        }

        return null;
    }

    /// <summary>The CSL-JSON item of a document.</summary>
    public static string ToCslJson(ParsedDocument document, CalendarDay? accessed = null) => CslJson.Write(From(document, accessed));

    /// <summary>The document's citation in a style and form, plain text.</summary>
    [MethodImpl(Jit.Optimized)]
    public static string Cite(
        ParsedDocument document, CitationStyle style, CitationForm form, CitationMarkup markup = CitationMarkup.PlainText, CalendarDay? accessed = null) =>
        CitationRendering.Format(From(document, accessed), style, form, markup);

    /// <summary>The document's citation in a parsed CSL style (a style file of the project) and locale (null: the style's own locales only), plain text.</summary>
    [MethodImpl(Jit.Optimized)]
    public static string Cite(ParsedDocument document, DocGen.Csl.Style.CslStyle style, DocGen.Csl.Locale.LocaleData? locale, CitationForm form) =>
        CitationRendering.Format(From(document), style, locale, form, DocGen.Csl.OutputFormat.Text);

    /// <summary>
    /// The citation the Office of the Historian recommends for a FRUS document ("Foreign Relations of the United
    /// States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972, eds. … (Washington: Government Printing Office, 2010),
    /// Document 75."); empty for a document not printed in a volume.
    /// </summary>
    public static string CiteAsHistorian(ParsedDocument document, CitationMarkup markup = CitationMarkup.PlainText) =>
        CitationRendering.FormatHistorian(From(document), markup);

    /// <summary>What a citation needs of a parsed document; the runtime fills the same record from its model.</summary>
    [MethodImpl(Jit.Optimized)]
    internal static CitationRecord From(ParsedDocument document, CalendarDay? accessed = null)
    {
        var date = document.Date;
        return new CitationRecord(document.Id, document.Title)
        {
            Authors = document.Authors,
            Recipients = document.Recipients,
            Archive = document.ArchiveName,
            ArchiveLocation = document.ArchiveLocation,
            Url = document.Url,
            Language = document.CitedLanguage,
            Abstract = document.Summary,
            Date = new CitedDate(
                (int)date.Start.Precision, date.Start.Year, date.Start.Month, date.Start.Day,
                (int)date.End.Precision, date.End.Year, date.End.Month, date.End.Day,
                date.IsRange, date.IsApproximate || date.IsUncertain),
            Accessed = DateParts.Of(accessed),
            Number = document.Number,
            Pages = document.Pages,
            Volume = Volume(document.Volume),
        };
    }

    [MethodImpl(Jit.Optimized)]
    private static CitedVolume? Volume(PublishedVolume? volume) => volume is null ? null : new CitedVolume
    {
        Id = volume.Id,
        FullTitle = volume.FullTitle,
        Series = volume.Series,
        Subseries = volume.Subseries,
        VolumeNumber = volume.VolumeNumber,
        VolumeTitle = volume.VolumeTitle,
        Editors = volume.Editors.Select(editor => (editor.Name, editor.Role)).ToArray(),
        Publisher = volume.Publisher,
        PublicationPlace = volume.PublicationPlace,
        PublicationYear = volume.PublicationYear,
    };
}
