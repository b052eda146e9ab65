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

    /// <summary>
    /// The citation the Office of the Historian recommends for a document of Foreign Relations of the United States:
    /// series in italics, subseries, volume number and title, the volume's editors, (place: Government Printing
    /// Office, year), then "Document N" or, for volumes before the 1955–57 subseries, the pages. Empty for a document
    /// not printed in a volume.
    /// </summary>
    /// <param name="markup">Plain text, HTML or Markdown.</param>
    public string CiteAsHistorian(CitationMarkup markup = CitationMarkup.PlainText) =>
        CitationRendering.FormatHistorian(Record(null), markup);

    private CitationRecord Record(CalendarDay? accessed) => accessed is null ? _record ??= NewRecord(null) : NewRecord(accessed);

    /// <summary>What a citation needs of this document; the generator fills the same record from a parsed document.</summary>
    private CitationRecord NewRecord(CalendarDay? accessed)
    {
        var date = Date;
        return new CitationRecord(Id, Title)
        {
            Authors = Authors,
            Recipients = Recipients,
            Archive = ArchiveName,
            ArchiveLocation = ArchiveLocation,
            Url = Url,
            Language = CitedLanguage,
            Abstract = Summary,
            Date = new CitedDate(
                (int)date.Start.Precision, date.Start.Year, date.Start.Month, date.Start.Day,
                (int)date.End.Precision, date.End.Year, date.End.Month, date.End.Day,
                date.IsRange, date.IsApproximate || date.IsUncertain),
            Accessed = DateParts.Of(accessed),
            Number = Number,
            Pages = Pages,
            Volume = CitedVolumeOf(Volume),
        };
    }

    private static CitedVolume? CitedVolumeOf(PublishedVolume? volume)
    {
        if (volume is null)
        {
            return null;
        }

        var editors = new (string Name, string? Role)[volume.Editors.Count];
        for (var i = 0; i < editors.Length; i++)
        {
            editors[i] = (volume.Editors[i].Name, volume.Editors[i].Role);
        }

        return new CitedVolume
        {
            Id = volume.Id,
            FullTitle = volume.FullTitle,
            Series = volume.Series,
            Subseries = volume.Subseries,
            VolumeNumber = volume.VolumeNumber,
            VolumeTitle = volume.VolumeTitle,
            Editors = editors,
            Publisher = volume.Publisher,
            PublicationPlace = volume.PublicationPlace,
            PublicationYear = volume.PublicationYear,
        };
    }
}
