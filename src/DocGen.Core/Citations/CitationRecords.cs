using System;
using System.Linq;
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
    public static string Cite(
        ParsedDocument document, CitationStyle style, CitationForm form, CitationMarkup markup = CitationMarkup.PlainText, CalendarDay? accessed = null) =>
        CitationRendering.Format(From(document, accessed), style, form, markup);

    internal static CitationRecord From(ParsedDocument document, CalendarDay? accessed = null)
    {
        var record = new CitationRecord(document.Id, document.Title)
        {
            Authors = document.Authors.ToArray(),
            Recipients = document.Recipients.ToArray(),
            Archive = document.ArchiveName,
            ArchiveLocation = document.ArchiveLocation,
            Url = document.Url,
            Language = document.CitedLanguage,
            Abstract = document.Summary,
        };
        SetDate(record, document.Date);
        if (accessed is { } day)
        {
            record.Accessed = DateParts.Of(day);
        }

        return record;
    }

    private static void SetDate(CitationRecord record, ParsedDate date) =>
        IssuedDates.Set(
            record,
            (int)date.Start.Precision, date.Start.Year, date.Start.Month, date.Start.Day,
            (int)date.End.Precision, date.End.Year, date.End.Month, date.End.Day,
            date.IsRange, date.IsApproximate || date.IsUncertain);
}
