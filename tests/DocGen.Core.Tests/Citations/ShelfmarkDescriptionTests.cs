using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// A shelfmark keeps its locators when prose follows it: the full stop after a locator's value ends the source even
/// when the sentence after it (the collection's department, years, microfilm reel) opens with a year, a bracket or a
/// lower-case word, and a full stop between two locators ("Fond 89. Opis 46.") ends nothing.
/// </summary>
public class ShelfmarkDescriptionTests
{
    private const string Head = "\"Note on the Plenum\", 1956, Wilson Center Digital Archive, ";
    private const string Url = " <https://example.org/document/88>";

    [Theory]
    [InlineData("RGANI, f. 89, op. 46, d. 1. Department of International Information, 1978-1991, microfilm reel 1.004.",
        "RGANI, f. 89, op. 46, d. 1", "RGANI: f./fond/89 | op./opis/46 | d./delo/1")]
    [InlineData("RGANI, f. 89, op. 46, d. 1. 1978-1991, International Department, microfilm reel 1.004.",
        "RGANI, f. 89, op. 46, d. 1", "RGANI: f./fond/89 | op./opis/46 | d./delo/1")]
    [InlineData("RGANI, f. 89, op. 46, d. 1. (International Department, 1978-1991, microfilm reel 1.004).",
        "RGANI, f. 89, op. 46, d. 1", "RGANI: f./fond/89 | op./opis/46 | d./delo/1")]
    [InlineData("TsKhSD, f. 5, op. 30, d. 163. microfilm reel 2, General Department, 1953-1966.",
        "TsKhSD, f. 5, op. 30, d. 163", "TsKhSD: f./fond/5 | op./opis/30 | d./delo/163")]
    // Glued labels, and a volume in Roman numerals that is no initial.
    [InlineData("GAPPOD, f.1, op.89, d.106. 1945-1946, Department of Propaganda.",
        "GAPPOD, f.1, op.89, d.106", "GAPPOD: f./fond/1 | op./opis/89 | d./delo/106")]
    [InlineData("RGANI, fond 5, opis 30, delo 163, vol. I. General Department, 1953-1966, reel 2.",
        "RGANI, fond 5, opis 30, delo 163, vol. I", "RGANI: fond/fond/5 | opis/opis/30 | delo/delo/163 | vol./volume/I")]
    // Locators written as sentences of their own.
    [InlineData("RGANI, Fond 89. Opis 46. Delo 1. International Department, 1978-1991.",
        "RGANI, Fond 89. Opis 46. Delo 1", "RGANI: Fond/fond/89 | Opis/opis/46 | Delo/delo/1")]
    public void TheShelfmarkEndsAtItsFullStop(string rest, string source, string reference)
    {
        var citation = Head + rest + Url;
        var parts = CitationParser.Parse(citation);

        Assert.Equal(source, parts.SourceText);
        Assert.Equal(source, citation.Substring(parts.SourceRange.Start, parts.SourceRange.Length));
        Assert.Equal(new[] { reference }, ReferenceText.All(parts.References));
        Assert.True(parts.References[0].IsShelfmark);
    }

    [Fact]
    public void TheDescriptionGoesWithTheCreditsAsWritten()
    {
        var parts = CitationParser.Parse(Head + "RGANI, f. 89, op. 46, d. 1. 1978-1991, microfilm reel 1.004. Translated by Ann Roe." + Url);

        Assert.Equal("1978-1991, microfilm reel 1.004. Translated by Ann Roe.", parts.Credits);
    }
}
