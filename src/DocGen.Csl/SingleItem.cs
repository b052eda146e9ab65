using System;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;

namespace DocGen.Csl;

/// <summary>
/// One item cited on its own, as a document's own citation reads: its bibliography entry, its first cite, or a later
/// cite that does not follow the first directly (so "subsequent", never "ibid"), with nothing else registered to
/// disambiguate against.
/// </summary>
public static class SingleItem
{
    // An id no item can have: the cite between the first and the later one, so that the later one is no ibid.
    private const string Between = "\u0000between";

    /// <param name="language">The locale to render in; null for the style's default-locale.</param>
    public static string Render(CslStyle style, Func<string, LocaleData?> loadLocale, CslItem item, CitationPlace place, OutputFormat format, string? language = null)
    {
        var processor = new CslProcessor(style, new[] { item }, loadLocale, language);
        if (place == CitationPlace.Bibliography)
        {
            var entries = processor.RenderBibliographyEntries(null, format);
            if (entries.Count == 0)
            {
                return string.Empty;
            }

            return format == OutputFormat.Html ? CslProcessor.DisplayLayout(entries[0].Text).Trim() : entries[0].Text;
        }

        // The item is all there is to number and disambiguate: said here, the processor need not gather it from the cites.
        var registered = new[] { item.Id };
        var first = new Citation(new[] { new CiteItem(item.Id) }, 1);
        if (place == CitationPlace.First)
        {
            return processor.RenderCitation(new[] { first }, 0, format, registered);
        }

        // Far enough from the first that it is not near-note either, whatever near-note-distance a style sets.
        var between = new Citation(new[] { new CiteItem(Between) }, 2);
        var later = new Citation(new[] { new CiteItem(item.Id) }, int.MaxValue);
        return processor.RenderCitation(new[] { first, between, later }, 2, format, registered);
    }
}
