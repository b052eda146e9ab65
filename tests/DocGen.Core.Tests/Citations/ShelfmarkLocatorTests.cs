using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>Each shelfmark shape the archive uses splits into its repository and its locators, labels kept as written.</summary>
public class ShelfmarkLocatorTests
{
    [Theory]
    // Russian abbreviations, single and double "l.".
    [InlineData("APRF, f. 3, op. 65, d. 827, ll. 40-43", "APRF: f./fond/3 | op./opis/65 | d./delo/827 | ll./list/40-43")]
    [InlineData("APRF, f. 3, op. 65, d. 827, l. 91", "APRF: f./fond/3 | op./opis/65 | d./delo/827 | l./list/91")]
    // Values glued to the label.
    [InlineData("GAPPOD, f.2, op.71, d.418", "GAPPOD: f./fond/2 | op./opis/71 | d./delo/418")]
    // Repository and first locator in one part, words spelled out.
    [InlineData("RGANI fond 89, opis 46, delo 1", "RGANI: fond/fond/89 | opis/opis/46 | delo/delo/1")]
    // Capitalised words, letters in values.
    [InlineData("AVPRF, Fond 0102, Opis 7b, Delo 44, Papka 3, List 112", "AVPRF: Fond/fond/0102 | Opis/opis/7b | Delo/delo/44 | Papka/papka/3 | List/list/112")]
    // Record group, then an unlabelled decimal-file number.
    [InlineData("NARA, RG 84, 611.6241/7-1956", "NARA: RG/record-group/84 | //611.6241/7-1956")]
    [InlineData("NARA, Record Group 273, Box 12", "NARA: Record Group/record-group/273 | Box/box/12")]
    // Unlabelled parts keep an empty label and kind.
    [InlineData("BArch, DY 30/3401, 55-61", "BArch: //DY 30/3401 | //55-61")]
    // A long repository name with record and document numbers.
    [InlineData("Czech Security Services Archive, Fond 2, Record 14C, Document 87", "Czech Security Services Archive: Fond/fond/2 | Record/record/14C | Document/document/87")]
    // A file code with a curly apostrophe and a parenthesised note stays one value.
    [InlineData("Diplomatic Archives of the Ministry of Foreign Affairs of Ruritania, File B\u20190117 (Microfilm)", "Diplomatic Archives of the Ministry of Foreign Affairs of Ruritania: File/file/B\u20190117 (Microfilm)")]
    // Folder, box, issue, pages and volume kinds.
    [InlineData("Hoover Institution, Box 14, Folder 3, pp. 2-9", "Hoover Institution: Box/box/14 | Folder/folder/3 | pp./page/2-9")]
    [InlineData("PA AA, B 150, Bd. 77, p. 5", "PA AA: //B 150 | Bd./volume/77 | p./page/5")]
    [InlineData("Example Archive, vol. 4, Issue 9", "Example Archive: vol./volume/4 | Issue/issue/9")]
    // Several locators inside one comma part.
    [InlineData("State Archive, Box 5 Folder 2", "State Archive: Box/box/5 | Folder/folder/2")]
    // Cyrillic abbreviations.
    [InlineData("\u0410\u041F\u0420\u0424, \u0444. 45, \u043E\u043F. 1, \u0434. 331, \u043B. 59", "\u0410\u041F\u0420\u0424: \u0444./fond/45 | \u043E\u043F./opis/1 | \u0434./delo/331 | \u043B./list/59")]
    public void LocatorsAreReadInOrder(string source, string expected)
    {
        var references = ShelfmarkParser.Parse(source);

        Assert.Equal(new[] { expected }, ReferenceText.All(references));
        Assert.Equal(source, references[0].Raw);
    }

    [Fact]
    public void SentencePeriodIsNotPartOfTheLastValue()
    {
        // Called directly on "... d. 9." the closing period belongs to the sentence, not to the delo number.
        var references = ShelfmarkParser.Parse("APRF, f. 3, op. 65, d. 9.");

        Assert.Equal("APRF, f. 3, op. 65, d. 9", references[0].Raw);
        Assert.Equal("APRF: f./fond/3 | op./opis/65 | d./delo/9", ReferenceText.Of(references[0]));
    }
}
