using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using DocGen;
using DocGen.Site.Catalog;

namespace DocGen.Site.Pages;

/// <summary>
/// A document's permanent page: what it is (title, date, authors, recipients, collections, languages), where it is
/// kept (each source, with its shelfmark's parts), its summary and text, its citation in every style the runtime has
/// (each with a copy button), and its exports.
/// </summary>
public static class DocumentPage
{
    /// <summary>The exports a page offers: the format's path segment and what a reader sees.</summary>
    public static readonly IReadOnlyList<(string Format, string Name)> Exports = new[] { ("ris", "RIS"), ("bib", "biblatex"), ("csl-json", "CSL-JSON") };

    public static string Render(SiteArchive archive, ArchiveDocument document, SiteLinks links)
    {
        var main = new StringBuilder();
        main.Append("<article class=\"document\">\n<h1>").Append(Html.Text(document.Title)).Append("</h1>\n<dl class=\"facts\">\n");
        Fact(main, "Date", document.Date.IsKnown ? document.Date.Text : "undated");
        Fact(main, document.Authors.Count == 1 ? "Author" : "Authors", document.Authors);
        Fact(main, document.Recipients.Count == 1 ? "Recipient" : "Recipients", document.Recipients);
        Fact(main, "Original language", document.OriginalLanguages);
        var collections = archive.CollectionsOf(document);
        if (collections.Count > 0)
        {
            main.Append("<dt>Collections</dt>");
            foreach (var collection in collections)
            {
                var href = links.Catalog(new CatalogQuery { Collection = collection.Key });
                main.Append("<dd><a href=\"").Append(Html.Attribute(href)).Append("\">").Append(Html.Text(collection.Name)).Append("</a></dd>");
            }

            main.Append('\n');
        }

        Fact(main, "Id", document.Id);
        main.Append("</dl>\n");
        Sources(main, document);
        if (document.Summary is { } summary)
        {
            main.Append("<section aria-labelledby=\"summary\">\n<h2 id=\"summary\">Summary</h2>\n<p>").Append(Html.Text(summary)).Append("</p>\n</section>\n");
        }

        if (document.Body.Count > 0)
        {
            main.Append("<section aria-labelledby=\"text\" class=\"body\">\n<h2 id=\"text\">").Append(Html.Text(document.Contents ?? "Text")).Append("</h2>\n");
            foreach (var paragraph in document.Body)
            {
                main.Append("<p>").Append(Html.Text(paragraph).Replace("\n", "<br>\n", StringComparison.Ordinal)).Append("</p>\n");
            }

            main.Append("</section>\n");
        }

        Citations(main, document, links);
        main.Append("</article>\n");
        return Layout.Page(links, document.Title, main.ToString());
    }

    private static void Sources(StringBuilder main, ArchiveDocument document)
    {
        if (document.Sources.Count == 0)
        {
            return;
        }

        main.Append("<section aria-labelledby=\"sources\">\n<h2 id=\"sources\">Sources</h2>\n<ul class=\"sources\">\n");
        foreach (var source in document.Sources)
        {
            main.Append("<li>").Append(Html.Text(source.Raw));
            if (source.IsShelfmark)
            {
                main.Append("<dl class=\"shelfmark\"><dt>Repository</dt><dd>").Append(Html.Text(source.Repository)).Append("</dd>");
                foreach (var locator in source.Locators)
                {
                    main.Append("<dt>").Append(Html.Text(locator.Kind)).Append("</dt><dd>").Append(Html.Text(locator.ToString())).Append("</dd>");
                }

                main.Append("</dl>");
            }

            main.Append("</li>\n");
        }

        main.Append("</ul>\n</section>\n");
    }

    private static void Citations(StringBuilder main, ArchiveDocument document, SiteLinks links)
    {
        main.Append("<section aria-labelledby=\"cite\" class=\"cite\">\n<h2 id=\"cite\">Cite this document</h2>\n");
        if (document.Citation is { } archiveCitation)
        {
            Citation(main, "As the archive gives it", "archive", Html.Text(archiveCitation), archiveCitation);
        }

        foreach (var style in Enum.GetValues<CitationStyle>())
        {
            var name = StyleName(style);
            Citation(main, name, style.ToString(), document.Cite(style, CitationForm.Bibliography, CitationMarkup.Html), document.Cite(style));
        }

        main.Append("<h3>Download</h3>\n<ul class=\"exports\">\n");
        foreach (var (format, name) in Exports)
        {
            var href = links.Export(document.Id, format);
            main.Append("<li><a href=\"").Append(Html.Attribute(href)).Append("\" download>").Append(name).Append("</a></li>\n");
        }

        main.Append("</ul>\n</section>\n");
    }

    /// <summary>
    /// One citation: its HTML as the runtime writes it (CitationMarkup.Html escapes the text and marks only italics),
    /// and the plain text the copy button puts on the clipboard.
    /// </summary>
    private static void Citation(StringBuilder main, string name, string key, string html, string plain)
    {
        main.Append("<figure class=\"citation\">\n<figcaption>").Append(Html.Text(name)).Append("</figcaption>\n")
            .Append("<p id=\"cite-").Append(Html.Attribute(key)).Append("\">").Append(html).Append("</p>\n")
            .Append("<button type=\"button\" class=\"copy\" data-copy=\"").Append(Html.Attribute(plain)).Append("\" aria-label=\"Copy the citation: ").Append(Html.Attribute(name)).Append("\">Copy</button>\n</figure>\n");
    }

    /// <summary>What a reader calls a style; a style the runtime adds later shows under its enum name.</summary>
    public static string StyleName(CitationStyle style) => style switch
    {
        CitationStyle.ChicagoNotesBibliography => "Chicago (notes and bibliography)",
        CitationStyle.ChicagoAuthorDate => "Chicago (author-date)",
        CitationStyle.Apa => "APA",
        CitationStyle.Mla => "MLA",
        _ => style.ToString(),
    };

    private static void Fact(StringBuilder main, string name, string value) =>
        main.Append("<dt>").Append(Html.Text(name)).Append("</dt><dd>").Append(Html.Text(value)).Append("</dd>\n");

    private static void Fact(StringBuilder main, string name, IReadOnlyList<string> values)
    {
        if (values.Count > 0)
        {
            Fact(main, name, string.Join("; ", values));
        }
    }
}
