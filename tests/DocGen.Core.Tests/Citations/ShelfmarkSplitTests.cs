using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>References are joined by ";", "; and", or a bare " and " between two shelfmarks, never one inside a name.</summary>
public class ShelfmarkSplitTests
{
    [Theory]
    [InlineData("APRF, f. 45, op. 1, d. 330, l. 97; AVPRF, Fond 07, Opis 23a, Delo 18, Papka 235, List 4; and RGASPI, f. 558, op. 11, d. 330, l. 97",
        new[] { "APRF, f. 45, op. 1, d. 330, l. 97", "AVPRF, Fond 07, Opis 23a, Delo 18, Papka 235, List 4", "RGASPI, f. 558, op. 11, d. 330, l. 97" })]
    [InlineData("APRF, f. 45, op. 1, d. 337, ll. 3-4; and RGASPI, f. 558, op. 11, d. 337, ll. 0003-0004",
        new[] { "APRF, f. 45, op. 1, d. 337, ll. 3-4", "RGASPI, f. 558, op. 11, d. 337, ll. 0003-0004" })]
    // Bare " and ", with and without a comma before it.
    [InlineData("APRF, f. 3, op. 65, d. 9, ll. 1-4 and RGASPI, f. 17, op. 162, d. 22, l. 5",
        new[] { "APRF, f. 3, op. 65, d. 9, ll. 1-4", "RGASPI, f. 17, op. 162, d. 22, l. 5" })]
    [InlineData("APRF, f. 3, op. 65, d. 9, and RGANI fond 5, opis 28, delo 7",
        new[] { "APRF, f. 3, op. 65, d. 9", "RGANI fond 5, opis 28, delo 7" })]
    // An acronym followed by an unlabelled number starts a reference too.
    [InlineData("NARA, RG 59, 611.00/3-1055 and BArch, B 136/3001",
        new[] { "NARA, RG 59, 611.00/3-1055", "BArch, B 136/3001" })]
    public void ReferencesAreSplit(string source, string[] raws)
    {
        var references = ShelfmarkParser.Parse(source);

        Assert.Equal(raws, System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(references, r => r.Raw)));
        Assert.All(references, r => Assert.True(r.IsShelfmark));
    }

    [Theory]
    // "and" inside a repository name, with nothing that is a shelfmark before it.
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs and Trade, File 2-14", "Diplomatic Archives of the Ministry of Foreign Affairs and Trade: File/file/2-14")]
    // "and" in a later part, with no locator before it: the left side is no shelfmark yet.
    [InlineData("Archives of the Ministry of Foreign Affairs, Department of Europe and America, File 12",
        "Archives of the Ministry of Foreign Affairs: //Department of Europe and America | File/file/12")]
    // After a locator, but what follows is a place name, not a repository with a locator.
    [InlineData("National Archives, Box 7, Correspondence of Britain and France, 1946", "National Archives: Box/box/7 | //Correspondence of Britain and France | //1946")]
    // Lower-case continuation inside a locator value.
    [InlineData("City Archive, Folder 12 and attachments", "City Archive: Folder/folder/12 and attachments")]
    // A lower-case word after "and" is no repository, even when a labelled part follows.
    [InlineData("State Archive, Box 7 and partial copies, Folder 2", "State Archive: Box/box/7 and partial copies | Folder/folder/2")]
    // A label right after "and" continues the reference; the "and" itself belongs to no value.
    [InlineData("Archive of the Example Region, Fond 1 and Fond 2, Opis 3", "Archive of the Example Region: Fond/fond/1 | Fond/fond/2 | Opis/opis/3")]
    public void AndInsideAReferenceDoesNotSplit(string source, string expected)
    {
        Assert.Equal(new[] { expected }, ReferenceText.All(ShelfmarkParser.Parse(source)));
    }

    [Fact]
    public void AndBeforeANameWithAndSplitsOnlyOnce()
    {
        // The first " and " joins two shelfmarks; the second sits inside the second repository's name.
        var references = ShelfmarkParser.Parse("APRF, f. 3, op. 1, d. 7 and Ministry of Foreign Affairs and Trade, File 12");

        Assert.Equal(
            new[] { "APRF: f./fond/3 | op./opis/1 | d./delo/7", "Ministry of Foreign Affairs and Trade: File/file/12" },
            ReferenceText.All(references));
    }

    [Fact]
    public void SemicolonInsideParenthesesDoesNotSplit()
    {
        var references = ShelfmarkParser.Parse("State Archive, Box 3 (letters; drafts), Folder 9");

        Assert.Equal(new[] { "State Archive: Box/box/3 (letters; drafts) | Folder/folder/9" }, ReferenceText.All(references));
    }
}
