using System;
using DocGen.Csl;
using DocGen.Csl.Data;

namespace DocGen;

/// <summary>Citations in any CSL style and locale, rendered by DocGen.Csl from the document's CSL-JSON.</summary>
public sealed partial class ArchiveDocument
{
    /// <summary>
    /// The document's citation in a CSL style read at run time (<see cref="CslCitationStyle.Parse"/>), in the language
    /// of <paramref name="locale"/>: the same strings citeproc-js renders from <see cref="ToCslJson"/>.
    /// </summary>
    /// <param name="style">The style.</param>
    /// <param name="form">The bibliography entry, the first citation, or a later one (the style's subsequent position).</param>
    /// <param name="markup">Plain text or HTML (as citeproc-js writes it); Markdown is not available for CSL styles.</param>
    /// <param name="locale">The locale to render in; null for the style's default-locale, whose terms must then be in the style.</param>
    /// <param name="accessed">The day the online document was accessed.</param>
    /// <exception cref="NotSupportedException"><paramref name="markup"/> is Markdown.</exception>
    public string Cite(CslCitationStyle style, CitationForm form = CitationForm.Bibliography, CitationMarkup markup = CitationMarkup.PlainText,
        CslLocale? locale = null, CalendarDay? accessed = null)
    {
        if (style is null)
        {
            throw new ArgumentNullException(nameof(style));
        }

        var format = markup switch
        {
            CitationMarkup.PlainText => OutputFormat.Text,
            CitationMarkup.Html => OutputFormat.Html,
            _ => throw new NotSupportedException("CSL styles render plain text or HTML, not " + markup + "."),
        };

        var item = ItemReader.ReadAll("[" + ToCslJson(accessed) + "]")[0];
        var processor = new CslProcessor(style.Style, new[] { item }, tag => locale is not null && tag == locale.Language ? locale.Data : null, locale?.Language);
        var registered = new[] { item.Id };
        switch (form)
        {
            case CitationForm.Bibliography:
                var entries = processor.RenderBibliographyEntries(registered, format);
                return entries.Count == 0 ? string.Empty : entries[0].Text;
            case CitationForm.Note:
                return processor.RenderCitations(new[] { new Citation(new[] { new CiteItem(item.Id) }, 1) }, format, registered)[0];
            default:
                // A later cite, neither ibid nor near its first: another note between them, and more notes than a
                // near-note distance apart (positions follow from the notes, as in a document).
                var citations = new[]
                {
                    new Citation(new[] { new CiteItem(item.Id) }, 1),
                    new Citation(new[] { new CiteItem(string.Empty) }, 2),
                    new Citation(new[] { new CiteItem(item.Id) }, int.MaxValue),
                };
                return processor.RenderCitations(citations, format, registered)[2];
        }
    }
}
