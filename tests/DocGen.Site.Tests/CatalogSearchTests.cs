using System.Linq;
using DocGen.Site.Catalog;
using DocGen.Site.Pages;
using DocGen.Site.Tests.Infrastructure;
using static DocGen.Site.Tests.Infrastructure.Documents;

namespace DocGen.Site.Tests;

public sealed class CatalogSearchTests
{
    private static readonly ArchiveDocument Telegram = Make("1", "Telegram to Mao", Day(1950, 10, 8), "APRF", authors: new[] { "Filippov [Stalin]" }, recipients: new[] { "Mao Zedong" }, languages: new[] { "Russian" }, body: new[] { "The volunteers cross the Yalu." });
    private static readonly ArchiveDocument Memo = Make("2", "Memorandum", Month(1950, 11), "AVPRF", authors: new[] { "Molotov" }, languages: new[] { "Russian" }, summary: "On the armistice.");
    private static readonly ArchiveDocument Letter = Make("3", "Letter from Mao", Year(1951), "APRF", authors: new[] { "Mao Zedong" }, languages: new[] { "Chinese" });
    private static readonly ArchiveDocument Undated = Make("4", "Undated note", repository: "APRF", languages: new[] { "Russian" });

    private static readonly SiteArchive Sample = Archive(
        new[] { Telegram, Memo, Letter, Undated },
        new SiteCollection("Korea", "Korea", new[] { Telegram, Letter }));

    [Fact]
    public void FiltersCombineSoEveryOneMustHold()
    {
        var search = new CatalogSearch(Sample);

        Assert.Equal(new[] { "1", "3", "4" }, Ids(search.Run(new CatalogQuery { Repository = "APRF" })));
        Assert.Equal(new[] { "1", "4" }, Ids(search.Run(new CatalogQuery { Repository = "APRF", Language = "russian" })));
        Assert.Equal(new[] { "1" }, Ids(search.Run(new CatalogQuery { Repository = "APRF", Language = "Russian", Collection = "Korea" })));
        Assert.Equal(new[] { "1", "3" }, Ids(search.Run(new CatalogQuery { Person = "mao zedong" })));
        Assert.Empty(Ids(search.Run(new CatalogQuery { Person = "Mao Zedong", Language = "Russian", From = "1951" })));
        Assert.Empty(Ids(search.Run(new CatalogQuery { Collection = "NoSuchCollection" })));
    }

    [Fact]
    public void APeriodHoldsTheDocumentsWhoseDaysMeetItAndNeverAnUndatedOne()
    {
        var search = new CatalogSearch(Sample);

        Assert.Equal(new[] { "1", "2" }, Ids(search.Run(new CatalogQuery { From = "1950", To = "1950" })));
        Assert.Equal(new[] { "2" }, Ids(search.Run(new CatalogQuery { From = "1950-11-15", To = "1950-11-15" })));
        Assert.Equal(new[] { "3" }, Ids(search.Run(new CatalogQuery { From = "1951-06" })));
        Assert.Equal(new[] { "1" }, Ids(search.Run(new CatalogQuery { To = "1950-10" })));
    }

    [Fact]
    public void SearchFindsWordsInTitlesSummariesAndBodiesIgnoringCase()
    {
        var search = new CatalogSearch(Sample);

        Assert.Equal(new[] { "1" }, Ids(search.Run(new CatalogQuery { Text = "YALU" })));
        Assert.Equal(new[] { "2" }, Ids(search.Run(new CatalogQuery { Text = "armistice" })));
        Assert.Equal(new[] { "3" }, Ids(search.Run(new CatalogQuery { Text = "letter from" })));
        Assert.Empty(Ids(search.Run(new CatalogQuery { Text = "Molotov" })));
    }

    [Fact]
    public void EachWordOfASearchStartsAWordOfTheDocumentAndThePhraseStandsAsWritten()
    {
        var search = new CatalogSearch(Sample);

        Assert.Equal(new[] { "1" }, Ids(search.Run(new CatalogQuery { Text = "volunt" })));
        Assert.Empty(Ids(search.Run(new CatalogQuery { Text = "olunteers" })));   // not the start of a word
        Assert.Equal(new[] { "1" }, Ids(search.Run(new CatalogQuery { Text = "cross the yalu" })));
        Assert.Empty(Ids(search.Run(new CatalogQuery { Text = "yalu cross" })));   // both words are there, not in that order
        Assert.Equal(new[] { "1" }, Ids(search.Run(new CatalogQuery { Text = "yalu." })));
        Assert.Equal(new[] { "1", "2", "3", "4" }, Ids(search.Run(new CatalogQuery { Text = "" })));
    }

    [Fact]
    public void ASearchReadsTheTextsOfTheDocumentsHoldingItsWordsOnly()
    {
        var documents = Enumerable.Range(0, 1000)
            .Select(i => Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Report " + i, body: new[] { i == 500 ? "The armistice talks." : "Nothing of note today.", "The talks go on." }))
            .ToList();
        var search = new CatalogSearch(Archive(documents));

        Assert.Equal(new[] { "500" }, Ids(search.Run(new CatalogQuery { Text = "armistice talks" })));
        Assert.Equal(1, search.TextsRead);
        Assert.Empty(Ids(search.Run(new CatalogQuery { Text = "ceasefire" })));
        Assert.Equal(1, search.TextsRead);
        Assert.Equal(1000, search.Run(new CatalogQuery { Text = "talks" }).Total);
        Assert.Equal(1, search.TextsRead);   // one word: the index answers without reading a text
        Assert.Equal(1000, search.Run(new CatalogQuery { Text = "talks go" }).Total);
        Assert.Equal(1001, search.TextsRead);   // a phrase every document holds: each text is read once
    }

    [Fact]
    public void NoDocumentsTextIsIndexedUntilTheFirstTextSearchAndThenEachOnce()
    {
        var documents = Enumerable.Range(0, 50)
            .Select(i => Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Report " + i, repository: "APRF", authors: new[] { "Molotov" }, body: new[] { "The talks go on." }))
            .ToList();
        var router = new SiteRouter(Archive(documents));

        // Start-up, the home page, the unfiltered and filtered catalog (with the filters' choices) and a document page.
        Assert.Equal(200, router.Handle("/", _ => null).Status);
        Assert.Contains("<option value=\"Molotov\">", router.Handle("/catalog", _ => null).Body, System.StringComparison.Ordinal);
        Assert.Equal(200, router.Handle("/catalog", name => name == "repository" ? "APRF" : null).Status);
        Assert.Equal(200, router.Handle("/documents/7", _ => null).Status);
        Assert.Equal(0, router.Search.TextsIndexed);

        Assert.Equal(50, router.Search.Run(new CatalogQuery { Text = "talks" }).Total);
        Assert.Equal(50, router.Search.TextsIndexed);
        Assert.Empty(Ids(router.Search.Run(new CatalogQuery { Text = "armistice" })));
        Assert.Equal(50, router.Search.TextsIndexed);
    }

    [Fact]
    public async System.Threading.Tasks.Task TheIndexBuiltInTheBackgroundIsTheOneSearchesUse()
    {
        var documents = Enumerable.Range(0, 30).Select(i => Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Report " + i, body: new[] { "The talks go on." })).ToList();
        var router = new SiteRouter(Archive(documents));

        await System.Threading.Tasks.Task.WhenAll(Enumerable.Range(0, 4).Select(_ => System.Threading.Tasks.Task.Run(router.Search.BuildIndex)));

        Assert.Equal(30, router.Search.TextsIndexed);
        Assert.Equal(30, router.Search.Run(new CatalogQuery { Text = "talks" }).Total);
        Assert.Equal(30, router.Search.TextsIndexed);
    }

    [Fact]
    public void PagesCutTheResultInCatalogOrderAndAPageTooFarIsTheLast()
    {
        var documents = Enumerable.Range(1, 45).Select(i => Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture))).ToList();
        var search = new CatalogSearch(Archive(documents), pageSize: 20);

        var second = search.Run(new CatalogQuery { Page = 2 });
        Assert.Equal((45, 2, 3, 21), (second.Total, second.Page, second.PageCount, second.FirstNumber));
        Assert.Equal(Enumerable.Range(21, 20).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), Ids(second));

        var beyond = search.Run(new CatalogQuery { Page = 9 });
        Assert.Equal(3, beyond.Page);
        Assert.Equal(new[] { "41", "42", "43", "44", "45" }, Ids(beyond));
        Assert.Equal("?page=3", beyond.Query.ToQueryString());

        var none = search.Run(new CatalogQuery { Text = "nothing like this" });
        Assert.Equal((0, 1, 1, 0), (none.Total, none.Page, none.PageCount, none.FirstNumber));
    }

    [Theory]
    [InlineData(1, 1, new[] { 1 })]
    [InlineData(1, 9, new[] { 1, 2, 3, 9 })]
    [InlineData(5, 9, new[] { 1, 3, 4, 5, 6, 7, 9 })]
    [InlineData(9, 9, new[] { 1, 7, 8, 9 })]
    public void ThePagerLinksTheEndsAndTwoPagesEitherSide(int page, int pageCount, int[] expected)
    {
        Assert.Equal(expected, CatalogPage.PagerPages(page, pageCount));
    }

    [Fact]
    public void PagerLinksKeepEveryFilter()
    {
        var documents = Enumerable.Range(1, 30).Select(i => Make(i.ToString(System.Globalization.CultureInfo.InvariantCulture), repository: "APRF")).ToList();
        var archive = Archive(documents);
        var search = new CatalogSearch(archive, pageSize: 10);

        var html = CatalogPage.Render(archive, search, search.Run(new CatalogQuery { Repository = "APRF", Text = "document", Page = 2 }), SiteLinks.Server);

        Assert.Contains("<a href=\"/catalog?q=document&amp;repository=APRF&amp;page=3\" rel=\"next\">Next</a>", html, System.StringComparison.Ordinal);
        Assert.Contains("<a href=\"/catalog?q=document&amp;repository=APRF\" rel=\"prev\">Previous</a>", html, System.StringComparison.Ordinal);
        Assert.Contains("<a href=\"/catalog?q=document&amp;repository=APRF&amp;page=2\" aria-current=\"page\">2</a>", html, System.StringComparison.Ordinal);
        Assert.Contains("11–20 of 30 documents", html, System.StringComparison.Ordinal);
    }

    [Fact]
    public void TheFiltersChoicesAreTheArchivesValuesInOrdinalOrder()
    {
        var search = new CatalogSearch(Sample);

        Assert.Equal(new[] { "APRF", "AVPRF" }, search.Repositories);
        Assert.Equal(new[] { "Filippov [Stalin]", "Mao Zedong", "Molotov" }, search.People);
        Assert.Equal(new[] { "Chinese", "Russian" }, search.Languages);
    }

    private static string[] Ids(CatalogResult result) => result.Documents.Select(d => d.Id).ToArray();
}
