using System;

namespace DocGen;

/// <summary>Citations and bibliographic exports of a document.</summary>
public sealed partial class ArchiveDocument
{
    private CitationRecord? _record;

    /// <summary>
    /// The document as one CSL-JSON item (type <c>manuscript</c>), the input of citeproc-js, Zotero, Pandoc and every
    /// CSL processor. <paramref name="accessed"/> adds the day the online document was accessed.
    /// </summary>
    public string ToCslJson(CalendarDay? accessed = null) => CslJson.Write(Record(accessed));

    /// <summary>The document as one biblatex entry (<c>@unpublished</c> with an author, <c>@misc</c> without).</summary>
    public string ToBibTeX(CalendarDay? accessed = null) => BibTeX.Write(Record(accessed), Date);

    /// <summary>The entry under another key: a whole-archive file keeps keys unique (<see cref="ArchiveExports"/>).</summary>
    internal string ToBibTeX(CalendarDay? accessed, string key) => BibTeX.Write(Record(accessed), Date, key);

    /// <summary>The document as one RIS record (type <c>MANSCPT</c>), lines ending in CR LF.</summary>
    public string ToRis(CalendarDay? accessed = null) => Ris.Write(Record(accessed));

    /// <summary>
    /// The document's citation in plain text: <see cref="ToCslJson"/> rendered by DocGen's CSL processor with DocGen's
    /// own style for <paramref name="style"/>, which the conformance tests hold equal to citeproc-js with the official
    /// style. Chicago notes-bibliography has no bibliography entry for a document with neither archive nor URL: the
    /// result is then empty.
    /// </summary>
    /// <param name="style">The citation style.</param>
    /// <param name="form">The bibliography entry, the first (full) note or in-text citation, or the short note.</param>
    /// <param name="accessed">The day the online document was accessed; styles print it only for undated documents.</param>
    public string Cite(CitationStyle style, CitationForm form = CitationForm.Bibliography, CalendarDay? accessed = null) =>
        CitationRendering.Format(Record(accessed), style, form, CitationMarkup.PlainText);

    /// <summary>The document's citation with italics marked in HTML (as citeproc-js writes it) or Markdown.</summary>
    /// <param name="style">The citation style.</param>
    /// <param name="form">The bibliography entry, the first (full) note or in-text citation, or the short note.</param>
    /// <param name="markup">Plain text, HTML or Markdown.</param>
    /// <param name="accessed">The day the online document was accessed; styles print it only for undated documents.</param>
    public string Cite(CitationStyle style, CitationForm form, CitationMarkup markup, CalendarDay? accessed = null) =>
        CitationRendering.Format(Record(accessed), style, form, markup);

    private CitationRecord Record(CalendarDay? accessed)
    {
        var record = _record ??= Build(this);
        if (accessed is not { } day)
        {
            return record;
        }

        var copy = Build(this);
        copy.Accessed = DateParts.Of(day);
        return copy;
    }

    private static CitationRecord Build(ArchiveDocument document)
    {
        var record = new CitationRecord(document.Id, document.Title)
        {
            Authors = ToArray(document.Authors),
            Recipients = ToArray(document.Recipients),
            Archive = document.ArchiveName,
            ArchiveLocation = document.ArchiveLocation,
            Url = document.Url,
            Language = document.CitedLanguage,
            Abstract = document.Summary,
        };

        var date = document.Date;
        IssuedDates.Set(
            record,
            (int)date.Start.Precision, date.Start.Year, date.Start.Month, date.Start.Day,
            (int)date.End.Precision, date.End.Year, date.End.Month, date.End.Day,
            date.IsRange, date.IsApproximate || date.IsUncertain);
        return record;
    }

    private static string[] ToArray(System.Collections.Generic.IReadOnlyList<string> list)
    {
        if (list.Count == 0)
        {
            return Array.Empty<string>();
        }

        var array = new string[list.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return array;
    }
}
