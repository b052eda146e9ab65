using System;
using System.Net;
using System.Text.Json;
using System.Threading.Tasks;
using DocGen.Site.Tests.Infrastructure;

namespace DocGen.Site.Tests;

/// <summary>The site over HTTP, one server for the class: status codes, types, downloads and the API.</summary>
public sealed class ServerTests : IClassFixture<RunningSite>
{
    private readonly RunningSite _site;

    public ServerTests(RunningSite site) => _site = site;

    [Theory]
    [InlineData("/", "<h1>The archive</h1>")]
    [InlineData("/catalog?language=Chinese", "1–1 of 1 document")]
    [InlineData("/documents/230146", "[Mao Zedong&#39;s] Conversation with [Richard] Dixon")]
    public async Task PagesAreHtml(string path, string shown)
    {
        using var response = await _site.Client.GetAsync(path);
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains(shown.Replace("&#39;", "'", StringComparison.Ordinal), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownIdIsA404PageThatSuggestsTheNearestIds()
    {
        using var response = await _site.Client.GetAsync("/documents/11492");
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("<li><a href=\"/documents/114925\">114925</a>: Telegram from Shtykov to USSR Council of Ministers</li>", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Client.GetAsync("/no/such/page")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Client.GetAsync("/exports/pdf/114925.pdf")).StatusCode);
    }

    [Fact]
    public async Task TheApiAnswersCslJson()
    {
        using var response = await _site.Client.GetAsync("/api/documents/114925");
        var json = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.citationstyles.csl+json", response.Content.Headers.ContentType!.MediaType);
        using var parsed = JsonDocument.Parse(json);
        var item = Assert.Single(parsed.RootElement.EnumerateArray());
        Assert.Equal("114925", item.GetProperty("id").GetString());
        Assert.Equal("Telegram from Shtykov to USSR Council of Ministers", item.GetProperty("title").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await _site.Client.GetAsync("/api/documents/nope")).StatusCode);
    }

    [Theory]
    [InlineData("/exports/ris/114925.ris", "114925.ris", "TY  - MANSCPT\r\n")]
    [InlineData("/exports/bib/114925.bib", "114925.bib", "@")]
    [InlineData("/exports/csl-json/114925.json", "114925.json", "[\n{\"id\":\"114925\"")]
    public async Task ExportsAreDownloadsOfTheRuntimesExports(string path, string fileName, string start)
    {
        using var response = await _site.Client.GetAsync(path);
        var text = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition.FileNameStar);
        Assert.StartsWith(start, text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheStylesheetHasAPrintLayout()
    {
        using var response = await _site.Client.GetAsync("/site.css");
        var css = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("@media print", css, StringComparison.Ordinal);
    }
}
