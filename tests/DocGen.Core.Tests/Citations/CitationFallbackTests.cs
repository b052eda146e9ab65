using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>Text that does not follow the archive's pattern keeps what can be found and leaves the rest null.</summary>
public class CitationFallbackTests
{
    [Fact]
    public void BookReferenceKeepsOnlyTheUrl()
    {
        const string citation = "Doe, Jane. The Long Telegram Revisited. Boston: Example Press, 2003, pp. 14-19. <https://books.example.org/9780000000000>";

        var parts = CitationParser.Parse(citation);

        Assert.Equal("https://books.example.org/9780000000000", parts.Url);
        Assert.Null(parts.Title);
        Assert.Null(parts.DateText);
        Assert.Null(parts.ArchiveName);
        Assert.Null(parts.SourceText);
        Assert.Null(parts.Credits);
        Assert.True(parts.References.IsEmpty);
        Assert.Equal(citation, parts.Text);
    }

    [Fact]
    public void QuotedTitleWithoutArchiveKeepsTheTitle()
    {
        // No online archive to anchor on: the title still ends at the quote that is followed by a comma.
        var parts = CitationParser.Parse("\"On the \"New Course\" in Hungary\", in Example Journal 4 (1999): 12-30.");

        Assert.Equal("On the \"New Course\" in Hungary", parts.Title);
        Assert.Null(parts.DateText);
        Assert.Null(parts.ArchiveName);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\"")]
    public void DegenerateInputParsesToNothing(string citation)
    {
        var parts = CitationParser.Parse(citation);

        Assert.Equal(citation, parts.Text);
        Assert.Null(parts.Title);
        Assert.Null(parts.ArchiveName);
        Assert.Null(parts.Url);
        Assert.True(parts.References.IsEmpty);
    }

    [Fact]
    public void UnclosedTitleQuoteStillYieldsArchiveAndSource()
    {
        // The title cannot be delimited, but the archive, source and credits after it still can.
        var parts = CitationParser.Parse("\"Unclosed title, 1950, Wilson Center Digital Archive, APRF, f. 3, op. 1, d. 4. Translated by Ann Roe.");

        Assert.Null(parts.Title);
        Assert.Null(parts.DateText);
        Assert.Equal("Wilson Center Digital Archive", parts.ArchiveName);
        Assert.Equal("APRF, f. 3, op. 1, d. 4", parts.SourceText);
        Assert.Equal("Translated by Ann Roe.", parts.Credits);
    }
}
