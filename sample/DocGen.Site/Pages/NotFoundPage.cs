using System.Linq;
using System.Text;
using DocGen.Site.Catalog;

namespace DocGen.Site.Pages;

/// <summary>The 404 page: for an unknown document id, the nearest ids the archive has.</summary>
public static class NotFoundPage
{
    public static string Render(SiteArchive archive, string? wantedId, SiteLinks links)
    {
        var main = new StringBuilder();
        main.Append("<h1>Not found</h1>\n");
        if (wantedId is null)
        {
            main.Append("<p>The site has no such page.</p>\n");
        }
        else
        {
            main.Append("<p>The archive has no document with the id <code>").Append(Html.Text(wantedId)).Append("</code>.</p>\n");
            var nearest = IdSuggestions.Find(archive.All.Select(d => d.Id), wantedId);
            if (nearest.Count > 0)
            {
                main.Append("<h2>Did you mean</h2>\n<ul class=\"suggestions\">\n");
                foreach (var id in nearest)
                {
                    archive.TryGet(id, out var document);
                    main.Append("<li><a href=\"").Append(Html.Attribute(links.Document(id))).Append("\">").Append(Html.Text(id)).Append("</a>: ")
                        .Append(Html.Text(document.Title)).Append("</li>\n");
                }

                main.Append("</ul>\n");
            }
        }

        main.Append("<p><a href=\"").Append(Html.Attribute(links.Catalog())).Append("\">Search the catalog</a>.</p>\n");
        return Layout.Page(links, "Not found", main.ToString());
    }
}
