using System;
using System.Linq;
using DocGen.Site.Catalog;

namespace DocGen.Site.Pages;

/// <summary>
/// Every URL a page writes, made in one place. The server's pages link from the site's root ("/catalog"); a page of
/// the static export links relative to its own folder, so <see cref="Root"/> is "../" once for each folder it is in.
/// </summary>
public sealed class SiteLinks
{
    public SiteLinks(string root, bool isStatic)
    {
        Root = root;
        IsStatic = isStatic;
    }

    /// <summary>The links of the server: absolute paths.</summary>
    public static SiteLinks Server { get; } = new("/", isStatic: false);

    /// <summary>What every link starts with: "/" on the server, "", "../", "../../" in the static export.</summary>
    public string Root { get; }

    /// <summary>True in the static export, whose pages are files ("catalog/index.html", "documents/112106.html").</summary>
    public bool IsStatic { get; }

    public string Home => IsStatic ? Root + "index.html" : Root;

    public string Stylesheet => Root + "site.css";

    public string Script => Root + "site.js";

    /// <summary>
    /// A catalog view. On the server its query string; in the static export the file written for it
    /// (<see cref="StaticCatalogFile"/>), which exists for the unfiltered catalog, each collection and each period.
    /// </summary>
    public string Catalog(CatalogQuery? query = null) =>
        IsStatic ? Root + StaticCatalogFile(query ?? CatalogQuery.Empty) : Root + "catalog" + (query ?? CatalogQuery.Empty).ToQueryString();

    /// <summary>
    /// The file of a catalog view in the static export: "catalog/index.html", "catalog/collection-Korea.html",
    /// "catalog/period-1950-10.html", with "-2", "-3", ... before ".html" for later pages. Other filters have no file:
    /// their link goes to the whole catalog.
    /// </summary>
    public static string StaticCatalogFile(CatalogQuery query)
    {
        var view = query.Collection is { } key && query with { Page = 1 } == new CatalogQuery { Collection = key } ? "collection-" + Uri.EscapeDataString(key)
            : query.From is { } from && query with { Page = 1 } == new CatalogQuery { From = from, To = from } ? "period-" + Uri.EscapeDataString(from)
            : query.IsUnfiltered ? "index"
            : null;
        return view is null ? "catalog/index.html" : "catalog/" + view + (query.Page > 1 ? "-" + query.Page.ToString(System.Globalization.CultureInfo.InvariantCulture) : string.Empty) + ".html";
    }

    /// <summary>A document's permanent page: each part of its id escaped, its '/' kept ("documents/frus1918Russiav03/d100").</summary>
    public string Document(string id) => Root + "documents/" + Path(id) + (IsStatic ? ".html" : string.Empty);

    /// <summary>An export of one document: "ris", "bib" or "csl-json".</summary>
    public string Export(string id, string format) => Root + "exports/" + format + "/" + Path(id) + "." + Extension(format);

    public string Api(string id) => Root + "api/documents/" + Path(id);

    public static string Extension(string format) => format switch
    {
        "ris" => "ris",
        "bib" => "bib",
        "csl-json" => "json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "no such export"),
    };

    private static string Path(string id) => string.Join("/", id.Split('/').Select(Uri.EscapeDataString));
}
