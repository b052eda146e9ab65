using System;
using System.Collections.Generic;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using DocGen.Csl.Output;
using DocGen.Csl.Render;
using DocGen.Csl.Style;

namespace DocGen.Csl;

/// <summary>
/// One item cited on its own, as a document's own citation reads: its bibliography entry, its first cite, or a later
/// cite that does not follow the first directly (so "subsequent", never "ibid"), with nothing else registered to
/// disambiguate against.
/// </summary>
/// <remarks>
/// Rendered as <see cref="CslProcessor"/> renders the one item, without its machinery for many: alone, an item is
/// number 1, needs no disambiguation, sorting or collapsing, and its positions are known. Every document's citation
/// constant comes here, so that machinery would be compiled at build time for nothing.
/// </remarks>
public static class SingleItem
{
    /// <param name="language">The locale to render in; null for the style's default-locale.</param>
    public static string Render(CslStyle style, Func<string, LocaleData?> loadLocale, CslItem item, CitationPlace place, OutputFormat format, string? language = null)
    {
        var locale = LocaleChain.Build(style, language, loadLocale);
        return place == CitationPlace.Bibliography ? Entry(style, locale, item, format) : Cite(style, locale, item, place == CitationPlace.First, format);
    }

    private static string Entry(CslStyle style, LocaleChain locale, CslItem item, OutputFormat format)
    {
        var section = style.Bibliography;
        if (section is null)
        {
            return string.Empty;
        }

        // No entry before it, so subsequent-author-substitute never applies.
        var ctx = new RenderContext(style, locale, section, item) { CitationNumber = 1 };
        var entry = CslProcessor.Entry(ctx, CslProcessor.SecondFieldAligned(section), locale.WriterFor(format));
        if (entry.Text.Length == 0 && string.IsNullOrEmpty(entry.Margin))
        {
            return string.Empty;
        }

        return format switch
        {
            OutputFormat.Html => CslProcessor.DisplayLayout(entry.Text).Trim(),
            OutputFormat.Markdown => MarkdownFromHtml.Convert(entry.Text),
            _ => entry.Text,
        };
    }

    /// <param name="first">The first cite; else a later one, after a cite of another item in the note between.</param>
    private static string Cite(CslStyle style, LocaleChain locale, CslItem item, bool first, OutputFormat format)
    {
        var section = style.Citation;
        var ctx = new RenderContext(style, locale, section, item)
        {
            Cite = new CiteItem(item.Id),
            Position = first ? "first" : "subsequent",
            // The later cite is in note int.MaxValue, the first in note 1.
            NearNote = !first && int.MaxValue - 1 <= CslProcessor.NearNoteDistance(section),
            FirstReferenceNoteNumber = first ? null : 1,
            CitationNumber = 1,
        };

        var node = new Evaluator(ctx).RenderAll(section.Layout, Formatting.None);
        var writer = locale.WriterFor(format);
        string written;
        if (node is null)
        {
            written = writer.Write(null);
        }
        else
        {
            // The cite opens its citation, without a prefix.
            if (style.Class == "note")
            {
                TextCase.CapitalizeLeadingTerm(node);
            }

            // The cite without affixes, alone in its cluster, as CslProcessor joins it.
            var cite = new FormatNode(Formatting.None, new List<Node> { node });
            written = writer.Write(CslProcessor.Layout(section, new List<Node> { cite }, null));
        }

        return format == OutputFormat.Markdown ? MarkdownFromHtml.Convert(written) : written;
    }
}
