using System.IO;
using System.Linq;
using DocGen.Core.Citations;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Citations.Tests;

public sealed class TitleNamesTests
{
    [Theory]
    [InlineData("Letter from Kim Il Sung to Stalin", "Kim Il Sung", "Stalin")]
    [InlineData("Cable from N. Spencer Barnes to US Department of State, Reviewing Developments", "N. Spencer Barnes", "US Department of State")]
    [InlineData("Telegram from Shtykov to USSR Council of Ministers", "Shtykov", "USSR Council of Ministers")]
    [InlineData("Cable from N. Spencer Barnes to US Department of State Reviewing Developments in the GDR", "N. Spencer Barnes", "US Department of State")]
    [InlineData("Cable 18320/ss from the Albanian Embassy in Beijing to the Yugoslav Ministry of Foreign Affairs", "Albanian Embassy in Beijing", "Yugoslav Ministry of Foreign Affairs")]
    [InlineData("Telegram from the Chinese Embassy in Peking to the Romanian Ministry of Foreign Affairs", "Chinese Embassy in Peking", "Romanian Ministry of Foreign Affairs")]
    [InlineData("Letter from Stalin to Ambassador Manning", "Stalin", "Ambassador Manning")]
    [InlineData("Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong", "Filippov [Stalin]", "Krasovsky|Mao Zedong")]
    [InlineData("Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong", "Filippov [Stalin]", "Krasovsky|Mao Zedong")]
    [InlineData("Ciphered Telegram No. 34691 from Feng Xi [Stalin] to Shtykov", "Feng Xi [Stalin]", "Shtykov")]
    [InlineData("Letter to Stalin from Lee Chang-chen, Commander-in-Chief of the Korean Army in China", "Lee Chang-chen", "Stalin")]
    [InlineData("Message from Bagirov to Mikoyan on Publishing in Southern Azerbaijan", "Bagirov", "Mikoyan")]
    [InlineData("Report from I. Kurdyukov to the CPSU CC", "I. Kurdyukov", "CPSU CC")]
    [InlineData("Memorandum of Conversation between Zhou Enlai and Kim Il Sung", "Zhou Enlai|Kim Il Sung", "")]
    [InlineData("Mao Zedong's Conversation with Kim Il Sung, Beijing", "Mao Zedong|Kim Il Sung", "")]
    [InlineData("Appeal to the Peoples of Xinjiang", "", "")]
    [InlineData("Four Principles for Unity Between the Chinese People's Volunteer Army and the [North] Korean People", "", "")]
    [InlineData("Memorandum on the Harbour Question", "", "")]
    [InlineData("Letter from to Stalin", "", "")]        // " from " and " to " share a space: found by fuzzing (it threw)
    [InlineData("Letter to from Kim Il Sung", "", "")]
    public void ReadsAuthorsAndRecipientsFromTitles(string title, string authors, string recipients)
    {
        var (readAuthors, readRecipients) = TitleNames.Parse(title);
        Assert.Equal(authors, string.Join("|", readAuthors));
        Assert.Equal(recipients, string.Join("|", readRecipients));
    }

    [SharedDataFact("examples")]
    public void ReadsEveryTitleOfTheSharedRecords()
    {
        var expected = new (string File, string Authors, string Recipients)[]
        {
            ("001_ciphered-telegram-709-filippov-krasovsky.md", "Filippov [Stalin]", "Krasovsky|Mao Zedong"),
            ("008_bagirov-mikoyan-publishing-azerbaijan.md", "Bagirov", "Mikoyan"),
            ("009_romanian-telegram-066621-pyongyang.md", "Romanian Embassy in Pyongyang", "Romanian Ministry of Foreign Affairs"),
            ("011_kurdyukov-report-april-1955.md", "I. Kurdyukov", "CPSU CC"),
            ("018_barnes-cable-gdr-after-stalin.md", "N. Spencer Barnes", "US Department of State"),
            ("024_bulgarian-kgb-subversive-centers-1979.md", "", ""),
            ("026_letter-stalin-lee-chang-chen-russian.md", "Lee Chang-chen", "Stalin"),
            ("028_etre-sandor-report-1972.md", "", ""),
            ("030_japan-mofa-main-points-sato-chiang.md", "", ""),
            ("033_kohl-blair-chequers-1997.md", "", ""),
        };

        var files = Directory.GetFiles(SharedData.Examples!, "0*.md").Select(Path.GetFileName).OrderBy(f => f, System.StringComparer.Ordinal);
        Assert.Equal(expected.Select(e => e.File), files);
        foreach (var (file, authors, recipients) in expected)
        {
            var document = ArchiveDocumentParser.Parse(file, File.ReadAllText(SharedData.Path(SharedData.Examples, file)));
            var (readAuthors, readRecipients) = TitleNames.Parse(document.Title);
            Assert.Equal((file, authors, recipients), (file, string.Join("|", readAuthors), string.Join("|", readRecipients)));
        }
    }

    [SharedDataFact("seeds")]
    public void ReadsTheSeedTitle()
    {
        var file = Directory.GetFiles(SharedData.Seeds!, "*.txt").Single();
        var document = ArchiveDocumentParser.Parse(file, File.ReadAllText(file));
        var (authors, recipients) = TitleNames.Parse(document.Title);
        Assert.Equal("Filippov [Stalin]", string.Join("|", authors));
        Assert.Equal("Krasovsky|Mao Zedong", string.Join("|", recipients));
    }
}
