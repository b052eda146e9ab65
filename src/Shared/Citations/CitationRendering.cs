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
        var item = DocGen.Csl.Data.ItemReader.ReadAll("[" + CslJson.Write(record) + "]")[0];
        var place = form switch
        {
            CitationForm.Note => CitationPlace.First,
            CitationForm.ShortNote => CitationPlace.Subsequent,
            _ => CitationPlace.Bibliography,
        };
        var format = markup switch
        {
            CitationMarkup.Html => OutputFormat.Html,
            CitationMarkup.Markdown => OutputFormat.Markdown,
            _ => OutputFormat.Text,
        };
        return SingleItem.Render(BuiltInStyles.Get((int)style), BuiltInStyles.LoadLocale, item, place, format);
    }
}
