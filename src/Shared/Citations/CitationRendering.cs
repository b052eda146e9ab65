// Shared source: see CitationStyle.cs.
using System;
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
/// locale (embedded in DocGen.Csl, parsed once per process), or in any parsed style and locale, both as one item cited
/// on its own (<see cref="SingleItem"/>). The runtime's Cite and the generator's FormattedCitation constants both come
/// here, so they cannot differ.
/// </summary>
internal static class CitationRendering
{
    public static string Format(CitationRecord record, CitationStyle style, CitationForm form, CitationMarkup markup) =>
        Render(record, BuiltInStyles.Get((int)style), BuiltInStyles.LoadLocale, null, form, Output(markup));

    /// <summary>
    /// The form the Office of the Historian recommends for a document of a printed volume (FRUS), rendered with
    /// DocGen's own style for it; empty for a document that was not printed in a volume.
    /// </summary>
    public static string FormatHistorian(CitationRecord record, CitationMarkup markup) =>
        record.Part is null ? string.Empty : Render(record, BuiltInStyles.Historian, BuiltInStyles.LoadLocale, null, CitationForm.Note, Output(markup));

    /// <summary>
    /// The record in any style: the bibliography entry (empty when the style has none), the first note, or a later one
    /// (the style's subsequent position, neither ibid nor near-note).
    /// </summary>
    /// <remarks>The locale: null renders with the style's own locales only.</remarks>
    public static string Format(CitationRecord record, CslStyle style, LocaleData? locale, CitationForm form, OutputFormat format)
    {
        var language = locale?.Language;
        return Render(record, style, tag => locale is not null && tag == language ? locale : null, language, form, format);
    }

    private static string Render(
        CitationRecord record, CslStyle style, Func<string, LocaleData?> loadLocale, string? language, CitationForm form, OutputFormat format)
    {
        var place = form switch
        {
            CitationForm.Note => CitationPlace.First,
            CitationForm.ShortNote => CitationPlace.Subsequent,
            _ => CitationPlace.Bibliography,
        };
        var item = DocGen.Csl.Data.ItemReader.Read(CslJson.Item(record));
        return SingleItem.Render(style, loadLocale, item, place, format, language);
    }

    private static OutputFormat Output(CitationMarkup markup) => markup switch
    {
        CitationMarkup.Html => OutputFormat.Html,
        CitationMarkup.Markdown => OutputFormat.Markdown,
        _ => OutputFormat.Text,
    };
}
