using System.IO;
using System.Linq;
using DocGen.Core.Formats.Markdown;
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

    /// <summary>The header's values: id, title on one line, date as written and as EDTF.</summary>
    private static void AssertHeader(Model.ParsedDocument d, string id, string title, string dateText, string edtf)
    {
        Assert.Equal(id, d.Id);
        Assert.Equal(title, d.Title);
        Assert.Equal(dateText, d.Date.Text);
        Assert.Equal(edtf, d.Date.Edtf);
    }

    private static string[] Locators(Core.Citations.ArchivalReferenceInfo source) =>
        source.Locators.Select(l => l.Label + "/" + l.Kind + "/" + l.Value).ToArray();

    [SharedDataFact("seeds")]
    public void Seed()
    {
        var d = Parse("seeds", "000_804f6106a3c4e40c.txt");

        AssertHeader(d, "112106", "Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong", "June 5, 1951", "1951-06-05");
        Assert.Equal("Telegram from Stalin to Mao encouraging a prolonging of the war and giving advice on the conduct of operations against allied troops.", d.Summary);
        Assert.Equal(
            "\"Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong\", June 5, 1951, Wilson Center Digital Archive, "
            + "APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018. https://digitalarchive.umd.edu/document/112106",
            d.Citation);
        Assert.Equal("https://digitalarchive.umd.edu/document/112106", d.Url);
        Assert.Equal(new[] { "Russian" }, d.OriginalLanguages);
        Assert.Equal("Translation - English", d.Contents);
        Assert.Equal(13, d.Body.Count);
        Assert.Equal("CIPHERED TELEGRAM No. 3410", d.Body[0]);
        Assert.Equal("5 June 1951", d.Body[^1]);
        Assert.Equal(new[] { "APRF", "RGASPI" }, d.Sources.Select(s => s.Repository));
        Assert.Equal(new[] { "f./fond/45", "op./opis/1", "d./delo/339", "ll./list/17-18" }, Locators(d.Sources[0]));
        Assert.Equal(new[] { "f./fond/558", "op./opis/11", "d./delo/339", "ll./list/0017-0018" }, Locators(d.Sources[1]));
        Assert.Empty(d.Problems);
    }

    [SharedDataFact("examples")]
    public void SummaryWithoutAFinalPeriodRunsStraightIntoTheBody()
    {
        // 008 has no Original Language or Contents label: the body starts right after the summary's one paragraph.
        var d = Parse("examples", "008_bagirov-mikoyan-publishing-azerbaijan.md");

        AssertHeader(d, "120502", "Message from Bagirov to Mikoyan on Publishing in Southern Azerbaijan", "July 24, 1945", "1945-07-24");
        Assert.Equal("Message requesting paper for the publication of newspapers and an illustrated magazine", d.Summary);
        Assert.Empty(d.OriginalLanguages);
        Assert.Null(d.Contents);
        Assert.Equal(14, d.Body.Count);
        Assert.Equal("To the USSR People\u2019s Commissariat for Foreign Trade", d.Body[0]);
        Assert.Equal("to Anastas Ivanovich Mikoyan", d.Body[1]);
        Assert.Equal("N 191", d.Body[^1]);
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
        Assert.Equal(
            new[] { "FROM : HICOG BERLIN", "TO: THE DEPARTMENT OF STATE, WASHINGTON", "Ref: See Footnotes", "Subject: Review of SED Policy Developments Since Stalin's Death and Possible Significance", "Summary" },
            d.Body.Skip(3).Take(5));
        Assert.StartsWith("This dispatch analyzes developments", d.Body[8]);
        Assert.Empty(d.Problems);
    }

    [SharedDataFact("examples")]
    public void CyrillicBodyWithoutCitation()
    {
        var d = Parse("examples", "026_letter-stalin-lee-chang-chen-russian.md");

        // No citation, so no URL: the id falls back to the file name.
        Assert.Null(d.Url);
        AssertHeader(d, "026_letter-stalin-lee-chang-chen-russian", "Letter to Stalin from Lee Chang-chen, Commander-in-Chief of the Korean Army in China", "September 6, 1942", "1942-09-06");
        Assert.Equal("Lee Chang-chen asks Stalin to strengthen the Red Army fighting against the Japanese in the Far East in order to bring about the liberation of Korea faster.", d.Summary);
        Assert.Equal(10, d.Body.Count);
        Assert.Equal("Письмо Сталину от Командования Корейской армии из Китая", d.Body[0]);
        Assert.Null(d.Citation);
        Assert.Empty(d.Sources);
        Assert.Equal(new[] { ProblemCode.MissingCitation }, d.Problems.Select(p => p.Code));
    }

    [SharedDataFact("examples")]
    public void NoSectionsAndDashedBodyLines()
    {
        var d = Parse("examples", "028_etre-sandor-report-1972.md");

        AssertHeader(d, "028_etre-sandor-report-1972", "Report from Etre S\u00e1ndor, 'Information from the leader, and the referent of the Hungarian subdivision at the DPRK's Foreign Affairs Ministry.'", "April 14, 1972", "1972-04-14");
        Assert.Null(d.Citation);
        Assert.Null(d.Url);
        Assert.Empty(d.Sources);
        Assert.Null(d.Summary);
        Assert.Equal(17, d.Body.Count);
        Assert.Equal("Regional Division IV", d.Body[0]);
        Assert.Equal(new[] { "- Comrade P\u00e9ter", "- Comrade Puja", "- Comrade Marjai", "- Comrade Barity", "- Department" }, d.Body.Skip(4).Take(5));
        Assert.StartsWith("Subject: Information from the leader", d.Body[9]);
        Assert.Equal(
            new[] { "- I made a visit of courtesy to the Foreign Affairs Ministry.", "- I participated in the dinner they arranged in my honor.", "- I was at the informal ambassadorial meeting." },
            d.Body.Skip(11).Take(3));
        Assert.Equal(new[] { ProblemCode.MissingCitation }, d.Problems.Select(p => p.Code));
    }

    [SharedDataFact("examples")]
    public void TitleWrappedOverFourLinesWithJapaneseOriginal()
    {
        var d = Parse("examples", "030_japan-mofa-main-points-sato-chiang.md");

        Assert.Equal("Economic Cooperation Division [Ministry of Foreign Affairs, Japan], 'Main Points of Meeting Between Prime Minister Sato and National Defense Minister Chiang Ching-kuo'", d.Title);
        Assert.Equal((3, 6), (d.TitleSpan.StartLine, d.TitleSpan.EndLine));
        Assert.Equal(new[] { "Japanese" }, d.OriginalLanguages);
        Assert.Equal("Secret", d.Body[0]);
        Assert.Equal(13, d.Body.Count);
        Assert.Equal("1. In the Event of a Request for a New Yen Loan:", d.Body[6]);
        Assert.Equal("2. Regarding the Integrated Steel Mill Project:", d.Body[8]);
        Assert.Equal("(A) In the event of a request for private investment", d.Body[9]);
        Assert.Equal("(B) In the event of a request for a switch to Overseas Economic Cooperation Fund (OECF) financing", d.Body[11]);
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
        Assert.Equal(32, d.Body.Count);
        Assert.Equal(
            new[]
            {
                "1. domestic political development in both countries",
                "2. Further orientation of European policy (\"Great Britain in Europe\")",
                "3. European Economic and Monetary Union",
                "4. European aerospace industry",
                "5. Preparation of the special session of the European Council on Employment on 20./21. November 1997",
                "6. European Agenda 2000 (enlargement, finance, agricultural policy)",
                "7th conference on Nazi gold in London from 2-4. December 1997",
                "8. EU tobacco advertising",
                "9. BSE",
                "10. Preparation of the G8 summit in Birmingham 15.-17. May 1998",
            },
            d.Body.Skip(5).Take(10));
    }

    /// <summary>
    /// Whether a problem is an error is the generator's to say (its diagnostic descriptors): SharedExamplesTests in
    /// DocGen.Generator.Tests checks that no example has one. Here, that each is a document with a readable date.
    /// </summary>
    [SharedDataFact("examples")]
    public void EveryExampleIsUsableWithAKnownDate()
    {
        foreach (var file in Directory.GetFiles(SharedData.Examples!, "*.md").Where(f => !f.EndsWith("README.md", System.StringComparison.Ordinal)))
        {
            var d = ArchiveDocumentParser.Parse(file, File.ReadAllText(file));

            Assert.True(d.IsUsable, file);
            Assert.True(d.Date.IsKnown, file);
        }
    }
}
