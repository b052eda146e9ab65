using System;
using System.Collections.Generic;
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

    public static string Render(CslStyle style, Func<string, LocaleData?> loadLocale, CslItem item, CitationPlace place, OutputFormat format)
    {
        var processor = new CslProcessor(style, new[] { item }, loadLocale);
        if (place == CitationPlace.Bibliography)
        {
            var entries = processor.RenderBibliographyEntries(null, format);
            if (entries.Count == 0)
            {
                return string.Empty;
            }

            return format == OutputFormat.Html ? CslProcessor.DisplayLayout(entries[0].Text).Trim() : entries[0].Text;
        }

        var first = new Citation(new[] { new CiteItem(item.Id) }, 1);
        if (place == CitationPlace.First)
        {
            return processor.RenderCitations(new[] { first }, format)[0];
        }

        // Far enough from the first that it is not near-note either.
        var between = new Citation(new[] { new CiteItem(Between) }, 2);
        var later = new Citation(new[] { new CiteItem(item.Id) }, 100);
        return processor.RenderCitations(new List<Citation> { first, between, later }, format)[2];
    }
}
