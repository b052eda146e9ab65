using System;
using System.Linq;
using DocGen.Site.Catalog;
using DocGen.Site.Pages;
using static DocGen.Site.Tests.Infrastructure.Documents;

namespace DocGen.Site.Tests;

/// <summary>The pages as HTML: what they show of a document, and that no text of the archive becomes markup.</summary>
public sealed class PageTests
{
    private const string Hostile = "<script>alert(\"x\")</script> & 'quotes'";

    private static readonly SiteArchive Sample = SiteArchive.FromCatalog(typeof(DocGen.Site.Archive));

    [Fact]
    public void DocumentTextIsEscapedOnEveryPage()
    {
        var document = Make(
            "evil\"<id>",
            Hostile,
            Day(1950, 10, 8),
            repository: Hostile,
            authors: new[] { Hostile },
            recipients: new[] { Hostile },
            languages: new[] { Hostile },
            summary: Hostile,
            body: new[] { Hostile + "\nsecond line" });
        var archive = Archive(new[] { document }, new SiteCollection("Evil", Hostile, new[] { document }));
        var search = new CatalogSearch(archive);

        var pages = new[]
        {
            DocumentPage.Render(archive, document, SiteLinks.Server),
            CatalogPage.Render(archive, search, search.Run(CatalogQuery.Empty with { Text = Hostile }), SiteLinks.Server),
            HomePage.Render(archive, SiteLinks.Server),
            NotFoundPage.Render(archive, "evil\"<id", SiteLinks.Server),
        };

        Assert.All(pages, html =>
        {
            Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<id>", html, StringComparison.Ordinal);
            Assert.Equal(1, html.Split("<script").Length - 1);   // the layout's own script element only
        });
        Assert.Contains("<h1>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes'</h1>", pages[0], StringComparison.Ordinal);
        Assert.Contains("<p>&lt;script&gt;alert(\"x\")&lt;/script&gt; &amp; 'quotes'<br>\nsecond line</p>", pages[0], StringComparison.Ordinal);
        Assert.Contains("href=\"/documents/evil%22%3Cid%3E\"", pages[1], StringComparison.Ordinal);
        Assert.Contains("value=\"&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;quotes&#39;\"", pages[1], StringComparison.Ordinal);
        Assert.Contains("<code>evil\"&lt;id</code>", pages[3], StringComparison.Ordinal);
    }

    [Fact]
    public void TheDocumentPageShowsWhatTheDocumentIsWhereItIsKeptItsTextAndEveryCitationStyle()
    {
        Assert.True(Sample.TryGet("114925", out var document));

        var html = DocumentPage.Render(Sample, document, SiteLinks.Server);

        Assert.Contains("<h1>Telegram from Shtykov to USSR Council of Ministers</h1>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Date</dt><dd>October 8, 1950</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Author</dt><dd>Shtykov</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Recipient</dt><dd>USSR Council of Ministers</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Collections</dt><dd><a href=\"/catalog?collection=KoreanWar\">Korean War</a></dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Repository</dt><dd>TsAMO RF</dd><dt>fond</dt><dd>fond 5</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"text\">Translation - English</h2>", html, StringComparison.Ordinal);
        Assert.Contains(Html.Text(document.Summary), html, StringComparison.Ordinal);
        Assert.All(document.Body, paragraph => Assert.Contains("<p>" + Html.Text(paragraph) + "</p>", html, StringComparison.Ordinal));

        foreach (var style in Enum.GetValues<CitationStyle>())
        {
            Assert.Contains($"<p id=\"cite-{style}\">{document.Cite(style, CitationForm.Bibliography, CitationMarkup.Html)}</p>", html, StringComparison.Ordinal);
            Assert.Contains($"data-copy=\"{Html.Attribute(document.Cite(style))}\"", html, StringComparison.Ordinal);
        }

        Assert.Equal(Enum.GetValues<CitationStyle>().Length + 1, html.Split("class=\"copy\"").Length - 1);
        Assert.Contains("<a href=\"/exports/ris/114925.ris\" download>RIS</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/exports/bib/114925.bib\" download>biblatex</a>", html, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/exports/csl-json/114925.json\" download>CSL-JSON</a>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void TheHomePageListsEveryCollectionWithItsSize()
    {
        var html = HomePage.Render(Sample, SiteLinks.Server);

        Assert.Equal(new[] { ("China", 2), ("Korean War", 4) }, Sample.Collections.Select(c => (c.Name, c.Documents.Count)));
        Assert.Contains("<li><a href=\"/catalog?collection=China\">China</a> <span class=\"size\">2 documents</span></li>", html, StringComparison.Ordinal);
        Assert.Contains("<li><a href=\"/catalog?collection=KoreanWar\">Korean War</a> <span class=\"size\">4 documents</span></li>", html, StringComparison.Ordinal);
        Assert.Contains("<p>6 documents in all.", html, StringComparison.Ordinal);
        Assert.Contains("aria-label=\"1950: 4 documents\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AnIdWithASlashKeepsItsSlashInLinksAndEscapesTheRest()
    {
        Assert.Equal("/documents/frus1918Russiav03/d100", SiteLinks.Server.Document("frus1918Russiav03/d100"));
        Assert.Equal("/exports/ris/a%20b/c%3F.ris", SiteLinks.Server.Export("a b/c?", "ris"));
        Assert.Equal("../documents/frus1918Russiav03/d100.html", new SiteLinks("../", isStatic: true).Document("frus1918Russiav03/d100"));
    }

    [Theory]
    [InlineData("KoreanWar", "Korean War")]
    [InlineData("USSR", "USSR")]
    [InlineData("Truce_talks", "Truce talks")]
    public void ACollectionsClassNameReadsAsWords(string name, string words)
    {
        Assert.Equal(words, SiteArchive.Words(name));
    }
}
