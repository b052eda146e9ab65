using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocGen.Site.Catalog;

namespace DocGen.Site.Pages;

/// <summary>
/// The catalog: a form of filters that submits with GET (so the view's URL is its query), the page of documents, and
/// a pager whose links keep every filter.
/// </summary>
public static class CatalogPage
{
    public static string Render(SiteArchive archive, CatalogSearch search, CatalogResult result, SiteLinks links)
    {
        var main = new StringBuilder();
        main.Append("<h1>Catalog</h1>\n");
        if (!links.IsStatic)
        {
            Form(main, archive, search, result.Query, links);
        }

        main.Append("<p class=\"count\" role=\"status\">");
        if (result.Total == 0)
        {
            main.Append("No document matches.");
        }
        else
        {
            main.Append(CultureInfo.InvariantCulture, $"{result.FirstNumber}–{result.FirstNumber + result.Documents.Count - 1} of {HomePage.Count(result.Total)}");
        }

        main.Append("</p>\n<ol class=\"documents\" start=\"").Append(result.FirstNumber.ToString(CultureInfo.InvariantCulture)).Append("\">\n");
        foreach (var document in result.Documents)
        {
            main.Append("<li><a href=\"").Append(Html.Attribute(links.Document(document.Id))).Append("\">").Append(Html.Text(document.Title)).Append("</a>")
                .Append(" <span class=\"date\">").Append(Html.Text(document.Date.IsKnown ? document.Date.Text : "undated")).Append("</span>");
            if (document.Summary is { } summary)
            {
                main.Append("<p>").Append(Html.Text(summary)).Append("</p>");
            }

            main.Append("</li>\n");
        }

        main.Append("</ol>\n");
        Pager(main, result, links);
        return Layout.Page(links, result.Query.IsUnfiltered ? "Catalog" : "Catalog (filtered)", main.ToString(), "catalog");
    }

    private static void Form(StringBuilder main, SiteArchive archive, CatalogSearch search, CatalogQuery query, SiteLinks links)
    {
        main.Append("<form class=\"filters\" method=\"get\" action=\"").Append(Html.Attribute(links.Catalog())).Append("\" role=\"search\" aria-label=\"Filter the catalog\">\n")
            .Append(Input("q", "Search titles, summaries and texts", query.Text, "search"))
            .Append(Select("collection", "Collection", query.Collection, archive.Collections.Select(c => (c.Key, c.Name))))
            .Append(Input("from", "From (1950, 1950-10 or 1950-10-08)", query.From, "text"))
            .Append(Input("to", "To", query.To, "text"))
            .Append(Select("repository", "Repository", query.Repository, search.Repositories.Select(r => (r, r))))
            .Append(Select("person", "Author or recipient", query.Person, search.People.Select(p => (p, p))))
            .Append(Select("language", "Original language", query.Language, search.Languages.Select(l => (l, l))))
            .Append("<p class=\"actions\"><button type=\"submit\">Show</button> <a href=\"").Append(Html.Attribute(links.Catalog())).Append("\">Clear filters</a></p>\n")
            .Append("</form>\n");
    }

    private static string Input(string name, string label, string? value, string type) =>
        $"<p><label for=\"f-{name}\">{Html.Text(label)}</label> <input id=\"f-{name}\" name=\"{name}\" type=\"{type}\" value=\"{Html.Attribute(value)}\"></p>\n";

    private static string Select(string name, string label, string? selected, IEnumerable<(string Value, string Text)> options)
    {
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $"<p><label for=\"f-{name}\">{Html.Text(label)}</label> <select id=\"f-{name}\" name=\"{name}\"><option value=\"\">Any</option>");
        foreach (var (value, text) in options)
        {
            html.Append("<option value=\"").Append(Html.Attribute(value)).Append('"').Append(value == selected ? " selected" : string.Empty).Append('>').Append(Html.Text(text)).Append("</option>");
        }

        return html.Append("</select></p>\n").ToString();
    }

    /// <summary>The pages a pager links: the first, the last, and two either side of the current one, in order.</summary>
    public static IReadOnlyList<int> PagerPages(int page, int pageCount) =>
        new[] { 1, pageCount }.Concat(Enumerable.Range(page - 2, 5)).Where(p => p >= 1 && p <= pageCount).Distinct().Order().ToList();

    private static void Pager(StringBuilder main, CatalogResult result, SiteLinks links)
    {
        if (result.PageCount == 1)
        {
            return;
        }

        string Href(int page) => Html.Attribute(links.Catalog(result.Query with { Page = page }));
        main.Append("<nav class=\"pager\" aria-label=\"Pages\"><ul>\n");
        if (result.Page > 1)
        {
            main.Append("<li><a href=\"").Append(Href(result.Page - 1)).Append("\" rel=\"prev\">Previous</a></li>\n");
        }

        var previous = 0;
        foreach (var page in PagerPages(result.Page, result.PageCount))
        {
            if (page > previous + 1)
            {
                main.Append("<li aria-hidden=\"true\">…</li>\n");
            }

            main.Append(CultureInfo.InvariantCulture, $"<li><a href=\"{Href(page)}\"{(page == result.Page ? " aria-current=\"page\"" : string.Empty)}>{page}</a></li>\n");
            previous = page;
        }

        if (result.Page < result.PageCount)
        {
            main.Append("<li><a href=\"").Append(Href(result.Page + 1)).Append("\" rel=\"next\">Next</a></li>\n");
        }

        main.Append("</ul></nav>\n");
    }
}
