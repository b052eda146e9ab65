using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>Credits are the sentences after the source and before the URL, kept as written.</summary>
public class CitationCreditsTests
{
    private const string Head = "\"Note on Rail Transit\", June 1, 1953, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 340, l. 9. ";

    [Theory]
    [InlineData("Obtained for CWIHP by Ivan Example and translated for CWIHP by Olga Sample.", "Obtained for CWIHP by Ivan Example and translated for CWIHP by Olga Sample.")]
    [InlineData("Translated for NKIDP by Olga Sample.", "Translated for NKIDP by Olga Sample.")]
    [InlineData("Contributed, transcribed, and translated by Max Example.", "Contributed, transcribed, and translated by Max Example.")]
    // Two credit sentences stay together.
    [InlineData("Obtained by Petar Example. Translated by Maria Sample.", "Obtained by Petar Example. Translated by Maria Sample.")]
    public void CreditsAreTheSentencesBeforeTheUrl(string credits, string expected)
    {
        var parts = CitationParser.Parse(Head + credits + " <https://example.org/document/77>");

        Assert.Equal(expected, parts.Credits);
        Assert.Equal("RGASPI, f. 558, op. 11, d. 340, l. 9", parts.SourceText);
    }

    [Fact]
    public void CreditsWithoutUrl()
    {
        var parts = CitationParser.Parse(Head + "Translated by Olga Sample.");

        Assert.Equal("Translated by Olga Sample.", parts.Credits);
        Assert.Null(parts.Url);
    }

    [Theory]
    [InlineData("\"Note\", 1953, Wilson Center Digital Archive, RGASPI, f. 558, op. 11, d. 340. <https://example.org/document/77>")]
    [InlineData("\u201CNote,\u201D 1953, History and Public Policy Program Digital Archive, NARA, RG 59, 611.00/1-153 <http://example.org/document/78>")]
    public void NoCreditsIsNull(string citation) => Assert.Null(CitationParser.Parse(citation).Credits);
}
