using System;
using System.Linq;

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

    public string Catalog(string queryString = "") => (IsStatic ? Root + "catalog/index.html" : Root + "catalog") + queryString;

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
