using System.IO;
using System.Linq;
using DocGen.Core.Parsing;
using DocGen.Core.Problems;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Parsing;

/// <summary>
/// The real records in ../shared, read in place: each parses with no error-level problem, and the values that can be
/// checked by eye are exact. Skipped with a printed reason when ../shared is absent.
/// </summary>
public class SharedExampleDocumentTests
{
    private static Model.ParsedDocument Parse(string folder, string file)
    {
        var path = SharedData.Path(folder == "seeds" ? SharedData.Seeds : SharedData.Examples, file);
        return ArchiveDocumentParser.Parse(path, File.ReadAllText(path));
    }

    [SharedDataFact("seeds")]
    public void Seed()
    {
        var d = Parse("seeds", "000_804f6106a3c4e40c.txt");

        Assert.Equal("112106", d.Id);
        Assert.Equal("Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong", d.Title);
        Assert.Equal("1951-06-05", d.Date.Edtf);
        Assert.Equal(new[] { "Russian" }, d.OriginalLanguages);
        Assert.Equal("Translation - English", d.Contents);
        Assert.Equal("CIPHERED TELEGRAM No. 3410", d.Body[0]);
        Assert.Equal("5 June 1951", d.Body[^1]);
        Assert.Equal(new[] { "APRF", "RGASPI" }, d.Sources.Select(s => s.Repository));
        Assert.Equal(new[] { "45", "1", "339", "17-18" }, d.Sources[0].Locators.Select(l => l.Value));
        Assert.Empty(d.Problems);
    }

    [SharedDataFact("examples")]
    public void ThreeShelfmarksJoinedBySemicolonAndAnd()
    {
        var d = Parse("examples", "001_ciphered-telegram-709-filippov-krasovsky.md");

        Assert.Equal("113636", d.Id);
        Assert.Equal("Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong", d.Title);
        Assert.Equal(new[] { "APRF", "AVPRF", "RGASPI" }, d.Sources.Select(s => s.Repository));
        Assert.Equal(new[] { "fond", "opis", "delo", "papka", "list" }, d.Sources[1].Locators.Select(l => l.Kind));
        Assert.Null(d.Contents);
        Assert.Equal("[...]", d.Body[0]);
        Assert.Empty(d.Problems);
    }

    [SharedDataFact("examples")]
    public void MonthYearDateAndSlugUrl()
    {
        var d = Parse("examples", "011_kurdyukov-report-april-1955.md");

        Assert.Equal("April 1955", d.Date.Text);
        Assert.Equal("1955-04", d.Date.Edtf);
        Assert.Equal("report-i-kurdyukov-cpsu-cc", d.Id);
        Assert.Equal(new[] { "fond", "opis", "delo" }, d.Sources.Single().Locators.Select(l => l.Kind));
        Assert.Equal("RGANI", d.Sources.Single().Repository);
    }

    [SharedDataFact("examples")]
    public void YearOnlyDateAndNoUrl()
    {
        var d = Parse("examples", "024_bulgarian-kgb-subversive-centers-1979.md");

        Assert.Equal("1979", d.Date.Edtf);
        Assert.Equal("Bulgarian Cooperation with KGB against 'Subversive Centers'", d.Title);
        Assert.Equal("024_bulgarian-kgb-subversive-centers-1979", d.Id);
        Assert.Null(d.Url);
        Assert.Equal(new[] { ProblemCode.MissingUrl }, d.Problems.Select(p => p.Code));
    }

    [SharedDataFact("examples")]
    public void OlderPdfExportForm()
    {
        var d = Parse("examples", "018_barnes-cable-gdr-after-stalin.md");

        Assert.Equal("111340", d.Id);
        Assert.Equal("Cable from N. Spencer Barnes to US Department of State Reviewing Developments in the GDR since Stalin\u2019s Death", d.Title);
        Assert.Equal("History and Public Policy Program Digital Archive", d.ArchiveName);
        Assert.Equal("English Transcription", d.Contents);
        Assert.Equal(new[] { "English" }, d.OriginalLanguages);
        Assert.Equal("NARA, RG 59, 762B.00/4-3053", d.Sources.Single().Raw);
        Assert.EndsWith("762B.00/4-3053 http://digitalarchive.wilsoncenter.org/document/111340", d.Citation);
        Assert.Equal("FOREIGN SERVICE DESPATCH", d.Body[0]);
        Assert.Empty(d.Problems);
    }

    [SharedDataFact("examples")]
    public void CyrillicBodyWithoutCitation()
    {
        var d = Parse("examples", "026_letter-stalin-lee-chang-chen-russian.md");

        Assert.Equal("Letter to Stalin from Lee Chang-chen, Commander-in-Chief of the Korean Army in China", d.Title);
        Assert.StartsWith("Письмо Сталину", d.Body[0]);
        Assert.Null(d.Citation);
        Assert.Equal(new[] { ProblemCode.MissingCitation }, d.Problems.Select(p => p.Code));
    }

    [SharedDataFact("examples")]
    public void NoSectionsAndDashedBodyLines()
    {
        var d = Parse("examples", "028_etre-sandor-report-1972.md");

        Assert.Equal("Report from Etre S\u00e1ndor, 'Information from the leader, and the referent of the Hungarian subdivision at the DPRK's Foreign Affairs Ministry.'", d.Title);
        Assert.Null(d.Summary);
        Assert.Equal("Regional Division IV", d.Body[0]);
        Assert.Contains("- Comrade Puja", d.Body);
    }

    [SharedDataFact("examples")]
    public void TitleWrappedOverFourLinesWithJapaneseOriginal()
    {
        var d = Parse("examples", "030_japan-mofa-main-points-sato-chiang.md");

        Assert.Equal("Economic Cooperation Division [Ministry of Foreign Affairs, Japan], 'Main Points of Meeting Between Prime Minister Sato and National Defense Minister Chiang Ching-kuo'", d.Title);
        Assert.Equal((3, 6), (d.TitleSpan.StartLine, d.TitleSpan.EndLine));
        Assert.Equal(new[] { "Japanese" }, d.OriginalLanguages);
        Assert.Equal("Secret", d.Body[0]);
    }

    [SharedDataFact("examples")]
    public void LongShelfmarkWithColonAndDateRange()
    {
        var d = Parse("examples", "009_romanian-telegram-066621-pyongyang.md");

        var source = d.Sources.Single();
        Assert.Equal("AMAE", source.Repository);
        Assert.Equal(new[] { "folder", "issue" }, source.Locators.Select(l => l.Kind));
        Assert.EndsWith("January 7, 1978 \u2013 September 23, 1978", source.Raw);
        Assert.Equal("To: the Romanian Ministry of Foreign Affairs (First and Second Directorates)", d.Body[1]);
    }

    [SharedDataFact("examples")]
    public void GermanOriginalAndUnlabelledShelfmark()
    {
        var d = Parse("examples", "033_kohl-blair-chequers-1997.md");

        Assert.Equal("The Chancellor's [Helmut Kohl's] Meeting with British PM Blair on 20 October 1997, 10.30 a.m. - 3 p.m. in Chequers", d.Title);
        Assert.Equal("1997-10-31", d.Date.Edtf);
        Assert.Equal(new[] { "German" }, d.OriginalLanguages);
        Assert.Equal(new[] { "B 136/59748", "403-410" }, d.Sources.Single().Locators.Select(l => l.Value));
    }

    [SharedDataFact("examples")]
    public void EveryExampleParsesWithoutAnErrorLevelProblem()
    {
        var errors = new[] { ProblemCode.NotArchiveFormat, ProblemCode.EmptyDocument, ProblemCode.MissingTitle };
        foreach (var file in Directory.GetFiles(SharedData.Examples!, "*.md").Where(f => !f.EndsWith("README.md", System.StringComparison.Ordinal)))
        {
            var d = ArchiveDocumentParser.Parse(file, File.ReadAllText(file));

            Assert.True(d.IsUsable, file);
            Assert.True(d.Date.IsKnown, file);
            Assert.DoesNotContain(d.Problems, p => errors.Contains(p.Code));
        }
    }
}
