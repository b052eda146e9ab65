using System.Globalization;
using System.Text;
using DocGen.Site.Catalog;

namespace DocGen.Site.Pages;

/// <summary>The home page: the archive's collections with their sizes, and the timeline.</summary>
public static class HomePage
{
    public static string Render(SiteArchive archive, SiteLinks links)
    {
        var main = new StringBuilder();
        main.Append("<h1>The archive</h1>\n")
            .Append("<p>").Append(Count(archive.All.Count)).Append(" in all. <a href=\"").Append(Html.Attribute(links.Catalog())).Append("\">Browse the catalog</a>.</p>\n")
            .Append("<section aria-labelledby=\"collections\">\n<h2 id=\"collections\">Collections</h2>\n");
        if (archive.Collections.Count == 0)
        {
            main.Append("<p>The archive has no collections: its documents are in one folder.</p>\n");
        }
        else
        {
            main.Append("<ul class=\"collections\">\n");
            foreach (var collection in archive.Collections)
            {
                var href = links.Catalog(new CatalogQuery { Collection = collection.Key });
                main.Append("<li><a href=\"").Append(Html.Attribute(href)).Append("\">").Append(Html.Text(collection.Name)).Append("</a> <span class=\"size\">")
                    .Append(Count(collection.Documents.Count)).Append("</span></li>\n");
            }

            main.Append("</ul>\n");
        }

        main.Append("</section>\n<section aria-labelledby=\"timeline\">\n<h2 id=\"timeline\">Timeline</h2>\n")
            .Append(TimelineSvg.Render(new Timeline(archive.All), links))
            .Append("</section>\n");
        return Layout.Page(links, "Home", main.ToString(), "home");
    }

    public static string Count(int count) => count.ToString(CultureInfo.InvariantCulture) + (count == 1 ? " document" : " documents");
}
