using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// A ";" separates two references only when a new one follows it (a repository, a shelfmark, a published work).
/// Before a part of the same reference ("Year 1956; Issue 12; Country: Korea") it separates parts, as "," does.
/// </summary>
public class ShelfmarkSemicolonPartTests
{
    [Theory]
    // Parts with a label the parser does not know ("Year 1956", "Country: Korea") and one it knows ("Issue 12").
    [InlineData("Romanian Ministry of Foreign Affairs Archive, Year 1956; Issue 12; Country: Korea",
        "Romanian Ministry of Foreign Affairs Archive: //Year 1956 | Issue/issue/12 | //Country: Korea")]
    [InlineData("Archive of the Romanian Ministry of Foreign Affairs, Year 1967; Folder 1516; Issue 20/1967; Country: Democratic People's Republic of Korea",
        "Archive of the Romanian Ministry of Foreign Affairs: //Year 1967 | Folder/folder/1516 | Issue/issue/20/1967 | //Country: Democratic People's Republic of Korea")]
    // Lower-case and abbreviated labels after the semicolon.
    [InlineData("AMAE, Telegrams, Pyongyang; year 1962; vol. 2; pp. 12-15",
        "AMAE: //Telegrams | //Pyongyang | //year 1962 | vol./volume/2 | pp./page/12-15")]
    // A bare number, and a lower-case description.
    [InlineData("State Archive of the Region, Fond 3; 1956; microfilm reel 4",
        "State Archive of the Region: Fond/fond/3 | //1956 | //microfilm | reel/reel/4")]
    // Fond/opis/delo written with semicolons.
    [InlineData("GARF, f. 5446; op. 1; d. 20", "GARF: f./fond/5446 | op./opis/1 | d./delo/20")]
    public void PartsAfterASemicolonStayInTheReference(string source, string expected)
    {
        var references = ShelfmarkParser.Parse(source);

        Assert.Equal(new[] { expected }, ReferenceText.All(references));
        Assert.Equal(source, references[0].Raw);
    }

    [Theory]
    // A repository with a shelfmark, with and without "and".
    [InlineData("APRF, f. 3, op. 65, d. 9; RGASPI, f. 17, op. 162, d. 22", new[] { "APRF, f. 3, op. 65, d. 9", "RGASPI, f. 17, op. 162, d. 22" })]
    [InlineData("APRF, f. 3, op. 65, d. 9; and RGASPI, f. 17, op. 162, d. 22", new[] { "APRF, f. 3, op. 65, d. 9", "RGASPI, f. 17, op. 162, d. 22" })]
    // An acronym followed by its number is a repository, not "one word and a number".
    [InlineData("AVPRF, f. 0100, op. 46, d. 12; PRC FMA 106-00140-01, 1-5", new[] { "AVPRF, f. 0100, op. 46, d. 12", "PRC FMA 106-00140-01, 1-5" })]
    // A published work.
    [InlineData("APRF, f. 3, op. 65, d. 9; Gang er si et al, eds., Mao Zedong sixiang wansui, vol. 4 (Wuhan, 1968): 336-338",
        new[] { "APRF, f. 3, op. 65, d. 9", "Gang er si et al, eds., Mao Zedong sixiang wansui, vol. 4 (Wuhan, 1968): 336-338" })]
    // A repository named in words.
    [InlineData("Romanian Ministry of Foreign Affairs Archive, Year 1956; Issue 12; Hungarian National Archives, XIX-J-1-j Korea, 1956",
        new[] { "Romanian Ministry of Foreign Affairs Archive, Year 1956; Issue 12", "Hungarian National Archives, XIX-J-1-j Korea, 1956" })]
    public void ANewReferenceAfterASemicolonIsASecondSource(string source, string[] raws)
    {
        var references = ShelfmarkParser.Parse(source);

        Assert.Equal(raws, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(references, r => r.Raw)));
    }

    [Fact]
    public void ACitationWithPartsHasOneSourceAndNoStrayReference()
    {
        var parts = CitationParser.Parse(
            "\"Note on the Embassy\", 1956, Wilson Center Digital Archive, Romanian Ministry of Foreign Affairs Archive, Year 1956; Issue 12; "
            + "Country: Korea. Translated by Ann Roe. <https://example.org/document/5>");

        Assert.Equal("Romanian Ministry of Foreign Affairs Archive, Year 1956; Issue 12; Country: Korea", parts.SourceText);
        var reference = Assert.Single(parts.References);
        Assert.True(reference.IsShelfmark);
        Assert.Equal("Translated by Ann Roe.", parts.Credits);
    }
}
