using System.Text;

namespace DocGen.Site.Pages;

/// <summary>The frame of every page: landmarks, a skip link, the site's navigation and its stylesheet.</summary>
public static class Layout
{
    public const string SiteName = "DocGen archive";

    public static string Page(SiteLinks links, string title, string main, string current = "")
    {
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(Html.Text(title)).Append(" · ").Append(SiteName).Append("</title>\n")
            // No favicon: without this the browser asks for /favicon.ico, and its 404 is a console error.
            .Append("<link rel=\"icon\" href=\"data:,\">\n")
            .Append("<link rel=\"stylesheet\" href=\"").Append(Html.Attribute(links.Stylesheet)).Append("\">\n")
            .Append("<script src=\"").Append(Html.Attribute(links.Script)).Append("\" defer></script>\n")
            .Append("</head>\n<body>\n<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
            .Append("<header class=\"site\"><p class=\"site-name\"><a href=\"").Append(Html.Attribute(links.Home)).Append("\">").Append(SiteName).Append("</a></p>\n")
            .Append("<nav aria-label=\"Site\"><ul>")
            .Append(NavItem(links.Home, "Home", current == "home"))
            .Append(NavItem(links.Catalog(), "Catalog", current == "catalog"))
            .Append("</ul></nav></header>\n")
            .Append("<main id=\"main\">\n").Append(main).Append("</main>\n")
            .Append("<footer class=\"site\"><p>Made with DocGen: every document is typed and checked at compile time.</p></footer>\n")
            .Append("</body>\n</html>\n");
        return html.ToString();
    }

    private static string NavItem(string href, string text, bool current) =>
        $"<li><a href=\"{Html.Attribute(href)}\"{(current ? " aria-current=\"page\"" : string.Empty)}>{text}</a></li>";
}
