using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using DocGen.Site.Catalog;
using DocGen.Site.Pages;

namespace DocGen.Site;

/// <summary>
/// Writes the whole site as files with relative links, to open from the file system or publish as a static site: the
/// home page, the catalog (unfiltered, by collection and by period, paged), every document's page and exports, the
/// stylesheet, the script and a 404 page. The static catalog has no filter form (there is no server to filter) and
/// there is no API. A document whose id cannot be a path below the folder ("..", an empty part, a character files
/// cannot hold) is left out and named in the result.
/// </summary>
public sealed class StaticExport
{
    private static readonly char[] Unsafe = { '\\', ':', '*', '?', '"', '<', '>', '|', '\0' };

    private readonly SiteRouter _router;
    private readonly string _folder;
    private readonly List<string> _written = new();

    private StaticExport(SiteRouter router, string folder)
    {
        _router = router;
        _folder = Path.GetFullPath(folder);
    }

    /// <summary>The files written, relative to the folder with '/', in the order written, and the ids left out.</summary>
    public sealed record Result(IReadOnlyList<string> Files, IReadOnlyList<string> SkippedIds);

    public static Result Write(SiteRouter router, string folder, int pageSize = CatalogSearch.DefaultPageSize)
    {
        var export = new StaticExport(router, folder);
        return export.Run(pageSize);
    }

    private Result Run(int pageSize)
    {
        var archive = _router.Archive;
        var search = new CatalogSearch(archive, pageSize);
        Write("index.html", links => HomePage.Render(archive, links));
        Write("404.html", links => NotFoundPage.Render(archive, null, links));
        Write("site.css", _ => _router.Handle("/site.css", _ => null).Body);
        Write("site.js", _ => _router.Handle("/site.js", _ => null).Body);

        var views = new List<CatalogQuery> { CatalogQuery.Empty };
        views.AddRange(archive.Collections.Select(c => new CatalogQuery { Collection = c.Key }));
        views.AddRange(new Timeline(archive.All).Bars.Where(bar => bar.Count > 0).Select(bar => bar.Query));
        foreach (var view in views)
        {
            var first = search.Run(view);
            for (var page = 1; page <= first.PageCount; page++)
            {
                var result = page == 1 ? first : search.Run(view with { Page = page });
                Write(SiteLinks.StaticCatalogFile(result.Query), links => CatalogPage.Render(archive, search, result, links));
            }
        }

        var skipped = new List<string>();
        foreach (var document in archive.All)
        {
            if (!IsPath(document.Id))
            {
                skipped.Add(document.Id);
                continue;
            }

            Write("documents/" + document.Id + ".html", links => DocumentPage.Render(archive, document, links));
            foreach (var (format, _) in DocumentPage.Exports)
            {
                var path = "exports/" + format + "/" + document.Id + "." + SiteLinks.Extension(format);
                Write(path, _ => _router.Handle("/" + string.Join("/", path.Split('/').Select(Uri.EscapeDataString)), _ => null).Body);
            }
        }

        return new Result(_written, skipped);
    }

    /// <summary>Writes one file; its page links relative to the file's own folder.</summary>
    private void Write(string relativePath, Func<SiteLinks, string> render)
    {
        var depth = relativePath.Count(c => c == '/');
        var links = new SiteLinks(string.Concat(Enumerable.Repeat("../", depth)), isStatic: true);
        var path = Path.Combine(_folder, relativePath.Replace('/', Path.DirectorySeparatorChar));
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, render(links), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        _written.Add(relativePath);
    }

    private static bool IsPath(string id) =>
        id.Split('/').All(part => part.Length > 0 && part != "." && part != ".." && part.IndexOfAny(Unsafe) < 0);
}
