// Shared source: see CitationStyle.cs.
using DocGen.Csl;
using DocGen.Csl.BuiltIn;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// A <see cref="CitationRecord"/> in a built-in style, form and markup: its CSL-JSON rendered by DocGen's CSL processor
/// with DocGen's own style and locale (embedded in DocGen.Csl, parsed once per process).
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

    private static string Render(CitationRecord record, DocGen.Csl.Style.CslStyle style, CitationPlace place, CitationMarkup markup)
    {
        var item = DocGen.Csl.Data.ItemReader.ReadAll("[" + CslJson.Write(record) + "]")[0];
        var format = markup switch
        {
            CitationMarkup.Html => OutputFormat.Html,
            CitationMarkup.Markdown => OutputFormat.Markdown,
            _ => OutputFormat.Text,
        };
        return SingleItem.Render(style, BuiltInStyles.LoadLocale, item, place, format);
    }
}
