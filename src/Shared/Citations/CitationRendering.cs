// Shared source: see CitationStyle.cs.
using DocGen.Csl;
using DocGen.Csl.BuiltIn;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// A <see cref="CitationRecord"/> rendered by DocGen's CSL processor: in a built-in style with DocGen's own style and
/// locale (embedded in DocGen.Csl, parsed once per process), or in any parsed style and locale. The runtime's Cite and
/// the generator's FormattedCitation constants both come here, so they cannot differ.
/// </summary>
internal static class CitationRendering
{
    public static string Format(CitationRecord record, CitationStyle style, CitationForm form, CitationMarkup markup)
    {
        var place = form switch
        {
            CitationForm.Note => CitationPlace.First,
            CitationForm.ShortNote => CitationPlace.Subsequent,
            _ => CitationPlace.Bibliography,
        };
        return Render(record, BuiltInStyles.Get((int)style), place, markup);
    }

    /// <summary>
    /// The form the Office of the Historian recommends for a document of a printed volume (FRUS), rendered with
    /// DocGen's own style for it; empty for a document that was not printed in a volume.
    /// </summary>
    public static string FormatHistorian(CitationRecord record, CitationMarkup markup) =>
        record.Part is null ? string.Empty : Render(record, BuiltInStyles.Historian, CitationPlace.First, markup);

    private static string Render(CitationRecord record, CslStyle style, CitationPlace place, CitationMarkup markup)
    {
        var item = DocGen.Csl.Data.ItemReader.Read(CslJson.Item(record));
        var format = markup switch
        {
            CitationMarkup.Html => OutputFormat.Html,
            CitationMarkup.Markdown => OutputFormat.Markdown,
            _ => OutputFormat.Text,
        };
        return SingleItem.Render(style, BuiltInStyles.LoadLocale, item, place, format);
    }

    /// <summary>
    /// The record in any style: the bibliography entry (empty when the style has none), the first note, or a later one
    /// (the style's subsequent position, neither ibid nor near-note).
    /// </summary>
    /// <remarks>The locale: null renders with the style's own locales only.</remarks>
    public static string Format(CitationRecord record, CslStyle style, LocaleData? locale, CitationForm form, OutputFormat format)
    {
        var item = DocGen.Csl.Data.ItemReader.Read(CslJson.Item(record));
        var language = locale?.Language;
        var processor = new CslProcessor(style, new[] { item }, tag => locale is not null && tag == language ? locale : null, language);
        var registered = new[] { item.Id };
        switch (form)
        {
            case CitationForm.Bibliography:
                var entries = processor.RenderBibliographyEntries(registered, format);
                return entries.Count == 0 ? string.Empty : entries[0].Text;
            case CitationForm.Note:
                return processor.RenderCitation(new[] { new Citation(new[] { new CiteItem(item.Id) }, 1) }, 0, format, registered);
            default:
                // A later cite, neither ibid nor near its first: another note between them, and more notes than a
                // near-note distance apart (positions follow from the notes, as in a document).
                var citations = new[]
                {
                    new Citation(new[] { new CiteItem(item.Id) }, 1),
                    new Citation(new[] { new CiteItem(string.Empty) }, 2),
                    new Citation(new[] { new CiteItem(item.Id) }, int.MaxValue),
                };
                return processor.RenderCitation(citations, 2, format, registered);
        }
    }
}
