using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>The URL is taken from its angle brackets (or bare at the end); PlainText is the citation without the brackets.</summary>
public class CitationUrlTests
{
    [Fact]
    public void BracketedUrl()
    {
        const string citation = "\"Memo\", 1960, Wilson Center Digital Archive, APRF, f. 3, op. 1, d. 2. Translated by Ann Roe. <https://digitalarchive.wilsoncenter.org/document/555001>";

        var parts = CitationParser.Parse(citation);

        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/555001", parts.Url);
        Assert.Equal(parts.Url, citation.Substring(parts.UrlRange.Start, parts.UrlRange.Length));
        Assert.Equal("\"Memo\", 1960, Wilson Center Digital Archive, APRF, f. 3, op. 1, d. 2. Translated by Ann Roe. https://digitalarchive.wilsoncenter.org/document/555001", parts.PlainText);
    }

    [Fact]
    public void BareUrlAtTheEnd()
    {
        // A trailing sentence period is not part of the URL.
        var parts = CitationParser.Parse("\"Memo\", 1960, Wilson Center Digital Archive, APRF, f. 3, op. 1, d. 2. Translated by Ann Roe. http://example.org/document/7.");

        Assert.Equal("http://example.org/document/7", parts.Url);
        Assert.Equal("Translated by Ann Roe.", parts.Credits);
        Assert.Equal(parts.Text, parts.PlainText);
    }

    [Fact]
    public void NoUrl()
    {
        const string citation = "\"Memo\", 1960, Wilson Center Digital Archive, APRF, f. 3, op. 1, d. 2. Translated by Ann Roe.";

        var parts = CitationParser.Parse(citation);

        Assert.Null(parts.Url);
        Assert.Equal(default, parts.UrlRange);
        Assert.Equal(citation, parts.PlainText);
        Assert.Equal("Translated by Ann Roe.", parts.Credits);
    }

    [Fact]
    public void AngleBracketsThatAreNotAUrlStayInTheText()
    {
        // "<unknown>" is not a URL: the real one after it is taken and only its brackets go.
        const string citation = "\"Memo <unknown>\", 1960, Wilson Center Digital Archive, APRF, f. 3. <http://example.org/1>";

        var parts = CitationParser.Parse(citation);

        Assert.Equal("http://example.org/1", parts.Url);
        Assert.Equal("\"Memo <unknown>\", 1960, Wilson Center Digital Archive, APRF, f. 3. http://example.org/1", parts.PlainText);
        Assert.Equal("Memo <unknown>", parts.Title);
    }
}
