using System;
using System.IO;
using System.Linq;
using System.Net;
using System.Text.RegularExpressions;
using DocGen.Site.Catalog;
using DocGen.Site.Tests.Infrastructure;
using static DocGen.Site.Tests.Infrastructure.Documents;

namespace DocGen.Site.Tests;

public sealed class StaticExportTests : IDisposable
{
    private static readonly Regex Link = new("(?:href|src)=\"([^\"]*)\"", RegexOptions.None, TimeSpan.FromSeconds(10));

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "docgen-site-export-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public void EveryLinkOfEveryPageIsRelativeAndReachesAWrittenFile()
    {
        var result = StaticExport.Write(new SiteRouter(SiteArchive.FromCatalog(typeof(DocGen.Site.Archive))), _folder, pageSize: 4);

        Assert.Empty(result.SkippedIds);
        Assert.Contains("catalog/index-2.html", result.Files);
        Assert.Contains("catalog/collection-KoreanWar.html", result.Files);
        Assert.Contains("catalog/period-1950.html", result.Files);
        Assert.Contains("exports/ris/114925.ris", result.Files);
        var pages = result.Files.Where(file => file.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.Equal(1 + 1 + 2 + 2 + 3 + 6, pages.Count);   // home, 404, catalog (2 pages), 2 collections, 3 periods, 6 documents
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            var folder = Path.GetDirectoryName(Path.Combine(_folder, page))!;
            foreach (Match match in Link.Matches(File.ReadAllText(Path.Combine(_folder, page))))
            {
                var href = WebUtility.HtmlDecode(match.Groups[1].Value);
                if (href.StartsWith('#') || href.StartsWith("data:", StringComparison.Ordinal))
                {
                    continue;   // the skip link, within the page, and the empty icon
                }

                Assert.False(href.StartsWith('/') || href.Contains("://", StringComparison.Ordinal) || href.Contains('?'), $"{page} links to {href}");
                var target = Path.GetFullPath(Path.Combine(folder, Uri.UnescapeDataString(href)));
                Assert.True(File.Exists(target), $"{page} links to {href}, which was not written");
                checkedLinks++;
            }
        }

        Assert.True(checkedLinks > pages.Count * 4, $"only {checkedLinks} links were checked");
        Assert.Contains("<a href=\"../documents/114925.html\">", File.ReadAllText(Path.Combine(_folder, "catalog", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdThatCannotBeAPathBelowTheFolderIsLeftOutAndNamed()
    {
        var documents = new[] { Make("good/one"), Make("../../escape"), Make("a\\b"), Make("fine") };

        var result = StaticExport.Write(new SiteRouter(Archive(documents)), _folder);

        Assert.Equal(new[] { "../../escape", "a\\b" }, result.SkippedIds);
        Assert.True(File.Exists(Path.Combine(_folder, "documents", "good", "one.html")));
        Assert.Contains("href=\"../../site.css\"", File.ReadAllText(Path.Combine(_folder, "documents", "good", "one.html")), StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(_folder)!, "escape.html")));
        Assert.DoesNotContain(result.Files, file => file.Contains("escape", StringComparison.Ordinal));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
