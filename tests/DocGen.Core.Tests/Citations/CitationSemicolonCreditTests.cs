using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// A credit after a ";" ("; Translated for CWIHP by ...", "; Obtained by ...", "; Donated by ...") ends the source:
/// it is read with the credits, never as a second source. A published work after a ";" stays a source.
/// </summary>
public class CitationSemicolonCreditTests
{
    private const string Head = "\"Note on Rail Transit\", June 1, 1953, Wilson Center Digital Archive, ";
    private const string Url = " <https://example.org/document/77>";

    [Theory]
    [InlineData("AAN, KC PZPR, XI A/14, k. 30-36; Translated for CWIHP by L.W. Gluchowski.",
        "AAN, KC PZPR, XI A/14, k. 30-36", "Translated for CWIHP by L.W. Gluchowski.")]
    [InlineData("APRF, f. 45, op. 1, d. 339, ll. 17-18; Obtained by Ann Roe and translated by Olga Sample.",
        "APRF, f. 45, op. 1, d. 339, ll. 17-18", "Obtained by Ann Roe and translated by Olga Sample.")]
    [InlineData("Archive of the Ministry of Foreign Affairs, File 12; Donated by the Example Family.",
        "Archive of the Ministry of Foreign Affairs, File 12", "Donated by the Example Family.")]
    // Lower case after the semicolon, and a second credit sentence after it.
    [InlineData("SAPMO-BArch, DY 30, J IV 2/202/20; translated for CWIHP by Ann Roe. Obtained by Petar Example.",
        "SAPMO-BArch, DY 30, J IV 2/202/20", "translated for CWIHP by Ann Roe. Obtained by Petar Example.")]
    // Two references, then the credit: the references stay two.
    [InlineData("APRF, f. 3, op. 65, d. 9; and RGASPI, f. 17, op. 162, d. 22; Courtesy of the Example Library.",
        "APRF, f. 3, op. 65, d. 9; and RGASPI, f. 17, op. 162, d. 22", "Courtesy of the Example Library.")]
    public void ACreditAfterASemicolonIsACredit(string rest, string source, string credits)
    {
        var citation = Head + rest + Url;
        var parts = CitationParser.Parse(citation);

        Assert.Equal(source, parts.SourceText);
        Assert.Equal(source, citation.Substring(parts.SourceRange.Start, parts.SourceRange.Length));
        Assert.Equal(credits, parts.Credits);
        Assert.All(parts.References, r => Assert.True(r.IsShelfmark, r.Raw));
    }

    [Fact]
    public void ACreditInsideBracketsStaysInTheSource()
    {
        var parts = CitationParser.Parse(Head + "State Archive, Box 3 (letters; translated copies), Folder 9." + Url);

        Assert.Equal("State Archive, Box 3 (letters; translated copies), Folder 9", parts.SourceText);
        Assert.Null(parts.Credits);
    }

    [Fact]
    public void APublishedWorkAfterASemicolonIsASource()
    {
        var parts = CitationParser.Parse(Head + "APRF, f. 3, op. 65, d. 9; Published in Istochnik, no. 5 (1995). Translated by Ann Roe." + Url);

        Assert.Equal("APRF, f. 3, op. 65, d. 9; Published in Istochnik, no. 5 (1995)", parts.SourceText);
        Assert.Equal(new[] { "APRF, f. 3, op. 65, d. 9", "Published in Istochnik, no. 5 (1995)" },
            System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(parts.References, r => r.Raw)));
        Assert.Equal("Translated by Ann Roe.", parts.Credits);
    }
}
