using System;
using System.IO;
using System.Linq;
using DocGen;
using DocGen.Site.Catalog;
using DocGen.Site.Pages;

namespace DocGen.Site;

/// <summary>
/// Every URL of the site and what it answers, as plain code: the server hands each request here, and the tests and the
/// static export ask it directly.
/// </summary>
public sealed class SiteRouter
{
    private readonly SiteArchive _archive;
    private readonly CatalogSearch _search;
    private readonly string _stylesheet = Asset("site.css");
    private readonly string _script = Asset("site.js");

    public SiteRouter(SiteArchive archive, int pageSize = CatalogSearch.DefaultPageSize)
    {
        _archive = archive;
        _search = new CatalogSearch(archive, pageSize);
    }

    public SiteArchive Archive => _archive;

    /// <summary>The catalog's search, which every /catalog request runs.</summary>
    public CatalogSearch Search => _search;

    public SiteResponse Handle(string path, Func<string, string?> query)
    {
        var links = SiteLinks.Server;
        switch (path)
        {
            case "/":
                return SiteResponse.Page(HomePage.Render(_archive, links));
            case "/catalog":
                return SiteResponse.Page(CatalogPage.Render(_archive, _search, _search.Run(CatalogQuery.Parse(query)), links));
            case "/site.css":
                return new SiteResponse(200, "text/css; charset=utf-8", _stylesheet);
            case "/site.js":
                return new SiteResponse(200, "text/javascript; charset=utf-8", _script);
        }

        if (Below(path, "/documents/") is { } documentId)
        {
            return _archive.TryGet(documentId, out var document)
                ? SiteResponse.Page(DocumentPage.Render(_archive, document, links))
                : SiteResponse.Page(NotFoundPage.Render(_archive, documentId, links), 404);
        }

        if (Below(path, "/api/documents/") is { } apiId)
        {
            return _archive.TryGet(apiId, out var document)
                ? new SiteResponse(200, "application/vnd.citationstyles.csl+json; charset=utf-8", new[] { document }.ToCslJson())
                : new SiteResponse(404, "application/json; charset=utf-8", "{\"error\":\"no document has this id\"}\n");
        }

        if (Below(path, "/exports/") is { } export && Export(export) is { } download)
        {
            return download;
        }

        return SiteResponse.Page(NotFoundPage.Render(_archive, null, links), 404);
    }

    /// <summary>"ris/112106.ris": the document's RIS, biblatex or CSL-JSON, written by the runtime's exports.</summary>
    private SiteResponse? Export(string export)
    {
        var slash = export.IndexOf('/', StringComparison.Ordinal);
        if (slash < 0)
        {
            return null;
        }

        var format = export[..slash];
        var file = export[(slash + 1)..];
        var exported = DocumentPage.Exports.Any(e => e.Format == format);
        var extension = exported ? "." + SiteLinks.Extension(format) : null;
        if (extension is null || !file.EndsWith(extension, StringComparison.Ordinal) || !_archive.TryGet(file[..^extension.Length], out var document))
        {
            return null;
        }

        var documents = new[] { document };
        var name = Path.GetFileName(file);
        return format switch
        {
            "ris" => new SiteResponse(200, "application/x-research-info-systems; charset=utf-8", documents.ToRis(), name),
            "bib" => new SiteResponse(200, "application/x-bibtex; charset=utf-8", documents.ToBibTeX(), name),
            _ => new SiteResponse(200, "application/vnd.citationstyles.csl+json; charset=utf-8", documents.ToCslJson(), name),
        };
    }

    /// <summary>The rest of <paramref name="path"/> after <paramref name="prefix"/>, unescaped, or null.</summary>
    private static string? Below(string path, string prefix) =>
        path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length ? Uri.UnescapeDataString(path[prefix.Length..]) : null;

    private static string Asset(string name)
    {
        using var stream = typeof(SiteRouter).Assembly.GetManifestResourceStream("DocGen.Site.Assets." + name)
            ?? throw new InvalidOperationException($"the asset {name} is not embedded");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
