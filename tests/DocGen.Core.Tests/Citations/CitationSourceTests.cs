using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// The source runs from after the archive's name to the end of its sentence. Abbreviations inside shelfmarks and
/// titles ("f. 45", "ll. 3-4", "No. 7", "Cde. Kim", "U.S. Embassy") contain ". " but do not end it.
/// </summary>
public class CitationSourceTests
{
    [Theory]
    [InlineData("\"Telegram\", 1950, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 331, ll. 59-61. Translated for CWIHP by Ann Roe. <https://example.org/d/1>",
        "APRF, f. 45, op. 1, d. 331, ll. 59-61")]
    [InlineData("\"Telegram\", 1950, Wilson Center Digital Archive, AVPRF, Fond 07, Opis 23a, Delo 18, Papka 235, List 4. Obtained by Ann Roe.",
        "AVPRF, Fond 07, Opis 23a, Delo 18, Papka 235, List 4")]
    [InlineData("\"Telegram\", 1950, Wilson Center Digital Archive, Archive of the Foreign Ministry, Reel No. 7, Cde. Kim's file, p. 4. Contributed by Ann Roe.",
        "Archive of the Foreign Ministry, Reel No. 7, Cde. Kim's file, p. 4")]
    [InlineData("\"Telegram\", 1950, Wilson Center Digital Archive, Records of the U.S. Embassy Moscow, Box 7. Provided by Ann Roe.",
        "Records of the U.S. Embassy Moscow, Box 7")]
    [InlineData("\"Telegram\", 1950, Wilson Center Digital Archive, Papers of J. Example, Folder 3. Courtesy of the Example Library.",
        "Papers of J. Example, Folder 3")]
    // A credit verb ends the sentence even after a one-letter value that looks like an initial.
    [InlineData("\"Telegram\", 1950, Wilson Center Digital Archive, Example Archive, Box A. Obtained by Ann Roe.",
        "Example Archive, Box A")]
    // Older form: no period before the URL, so the source runs to the URL.
    [InlineData("\u201CCable,\u201D April 3, 1952, History and Public Policy Program Digital Archive, NARA, RG 59, 661.00/4-352 <http://example.org/d/2>",
        "NARA, RG 59, 661.00/4-352")]
    // No credits and no URL: the final period closes the source.
    [InlineData("\"Telegram\", 1950, Wilson Center Digital Archive, BArch, B 136/3001, 12-15.", "BArch, B 136/3001, 12-15")]
    public void SourceEndsAtItsSentence(string citation, string source)
    {
        var parts = CitationParser.Parse(citation);

        Assert.Equal(source, parts.SourceText);
        Assert.Equal(source, citation.Substring(parts.SourceRange.Start, parts.SourceRange.Length));
    }

    [Fact]
    public void ReferencesComeFromTheSource()
    {
        var parts = CitationParser.Parse("\"Telegram\", 1950, Wilson Center Digital Archive, APRF, f. 3, op. 66, d. 65; and RGASPI, f. 17, op. 162, d. 41. Translated by Ann Roe.");

        Assert.Equal(
            new[] { "APRF: f./fond/3 | op./opis/66 | d./delo/65", "RGASPI: f./fond/17 | op./opis/162 | d./delo/41" },
            ReferenceText.All(parts.References));
    }

    [Fact]
    public void ArchiveWithoutSourceHasNoReferences()
    {
        var parts = CitationParser.Parse("\"Telegram\", 1950, Wilson Center Digital Archive. Donated by Ann Roe.");

        Assert.Null(parts.SourceText);
        Assert.Equal(default, parts.SourceRange);
        Assert.True(parts.References.IsEmpty);
    }
}
