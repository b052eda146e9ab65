using DocGen.Core.Citations;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// The real citations of ../shared/examples, read in place, parse to exactly these parts. Each example stands for a
/// variant: three references joined by ";" and "; and" (001), glued labels and a two-party credit (008), a colon
/// title with a date range (009), month-year dates and spelled-out labels (011), the older curly-quote export
/// without a period before the URL (018), a year-only date, no URL and two credit sentences (024), a title with
/// brackets, commas and single quotes (030), unlabelled parts and "a.m."/"p.m." in the title (033).
/// </summary>
public class ExampleCitationTests
{
    private const string Wilson = "Wilson Center Digital Archive";
    private const string Happ = "History and Public Policy Program Digital Archive";

    [SharedDataFact("examples")]
    public void CipheredTelegram709() => AssertParts(
        ExampleCitation.Parse("001_ciphered-telegram-709-filippov-krasovsky.md"),
        "Ciphered Telegram No. 709, Filippov [Stalin] to Krasovsky, for Mao Zedong",
        "February 3, 1952",
        Wilson,
        new[]
        {
            "APRF: f./fond/45 | op./opis/1 | d./delo/342 | l./list/78",
            "AVPRF: Fond/fond/059a | Opis/opis/5a | Delo/delo/5 | Papka/papka/11 | List/list/80",
            "RGASPI: f./fond/558 | op./opis/11 | d./delo/342 | ll./list/0078",
        },
        null,
        "https://digitalarchive.wilsoncenter.org/document/113636");

    [SharedDataFact("examples")]
    public void BagirovToMikoyan() => AssertParts(
        ExampleCitation.Parse("008_bagirov-mikoyan-publishing-azerbaijan.md"),
        "Message from Bagirov to Mikoyan on Publishing in Southern Azerbaijan",
        "July 24, 1945",
        Wilson,
        new[] { "GAPPOD: f./fond/1 | op./opis/89 | d./delo/106" },
        "Obtained for CWIHP by Jamil Hasanli and translated for CWIHP by Gary Goldberg.",
        "https://digitalarchive.wilsoncenter.org/document/120502");

    [SharedDataFact("examples")]
    public void RomanianTelegramWithColonTitle() => AssertParts(
        ExampleCitation.Parse("009_romanian-telegram-066621-pyongyang.md"),
        "TELEGRAM 066.621 from the Romanian Embassy in Pyongyang to the Romanian Ministry of Foreign Affairs",
        "April 14, 1978",
        Wilson,
        new[]
        {
            "AMAE: Folder/folder/784/1978 | Issue/issue/220: Features of political-diplomatic relations between the Democratic "
            + "People's Republic of Korea and some countries in Europe, Asia, Africa, America (Cyprus, Spain, USA, Bangladesh, "
            + "Philippines, India, Indonesia, Japan, Pakistan, Sri Lanka, Central African Republic, Egypt, Gabon, Iraq, Iran, "
            + "Libya, Nigeria, Mozambique, Syria) January 7, 1978 \u2013 September 23, 1978",
        },
        "Obtained and translated for NKIDP by Eliza Gheorghe.",
        "https://digitalarchive.wilsoncenter.org/document/telegram-066621-romanian-embassy-pyongyang-romanian-ministry-foreign-affairs");

    [SharedDataFact("examples")]
    public void KurdyukovReport() => AssertParts(
        ExampleCitation.Parse("011_kurdyukov-report-april-1955.md"),
        "Report from I. Kurdyukov to the CPSU CC",
        "April 1955",
        Wilson,
        new[] { "RGANI: fond/fond/5 | opis/opis/28 | delo/delo/314" },
        "Translated for NKIDP by Gary Goldberg.",
        "https://digitalarchive.wilsoncenter.org/document/report-i-kurdyukov-cpsu-cc");

    [SharedDataFact("examples")]
    public void BarnesCableInOlderExportForm() => AssertParts(
        ExampleCitation.Parse("018_barnes-cable-gdr-after-stalin.md"),
        "Cable from N. Spencer Barnes to US Department of State Reviewing Developments in the GDR since Stalin\u2019s Death",
        "April 30, 1953",
        Happ,
        new[] { "NARA: RG/record-group/59 | //762B.00/4-3053" },
        null,
        "http://digitalarchive.wilsoncenter.org/document/111340");

    [SharedDataFact("examples")]
    public void BulgarianKgbWithoutUrl() => AssertParts(
        ExampleCitation.Parse("024_bulgarian-kgb-subversive-centers-1979.md"),
        "Bulgarian Cooperation with KGB against 'Subversive Centers'",
        "1979",
        Happ,
        new[] { "Bulgarian Interior Ministry Archive: Fond/fond/1 | Record/record/10A | Document/document/344" },
        "Obtained by Jordan Baev. Translated by Miroslav Vajarov.",
        null);

    [SharedDataFact("examples")]
    public void JapaneseMainPoints() => AssertParts(
        ExampleCitation.Parse("030_japan-mofa-main-points-sato-chiang.md"),
        "Economic Cooperation Division [Ministry of Foreign Affairs, Japan], 'Main Points of Meeting Between Prime Minister Sato and National Defense Minister Chiang Ching-kuo'",
        "November 24, 1967",
        Wilson,
        new[] { "Diplomatic Archives of the Ministry of Foreign Affairs of Japan: File/file/A\u20190392 (Microfilm)" },
        "Contributed by Robert Hoppens and translated by Stephen Mercado.",
        "https://digitalarchive.wilsoncenter.org/document/economic-cooperation-division-ministry-foreign-affairs-japan-main-points-meeting-between");

    [SharedDataFact("examples")]
    public void KohlBlairMeeting() => AssertParts(
        ExampleCitation.Parse("033_kohl-blair-chequers-1997.md"),
        "The Chancellor's [Helmut Kohl's] Meeting with British PM Blair on 20 October 1997, 10.30 a.m. - 3 p.m. in Chequers",
        "October 31, 1997",
        Wilson,
        new[] { "BArch: //B 136/59748 | //403-410" },
        "Contributed, transcribed, and translated by Stephan Kieninger.",
        "https://digitalarchive.wilsoncenter.org/document/chancellors-helmut-kohls-meeting-british-pm-blair-20-october-1997-1030-am-3-pm-chequers");

    [SharedDataFact("examples")]
    public void ExamplesWithoutCitationBlock()
    {
        // 026 and 028 have no citation block; the helper must say so rather than pick up body text.
        Assert.Null(ExampleCitation.Read(SharedData.Examples, "026_letter-stalin-lee-chang-chen-russian.md"));
        Assert.Null(ExampleCitation.Read(SharedData.Examples, "028_etre-sandor-report-1972.md"));
    }

    [SharedDataFact("seeds")]
    public void SeedCitation() => AssertParts(
        CitationParser.Parse(ExampleCitation.Read(SharedData.Seeds, "000_804f6106a3c4e40c.txt")!),
        "Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong",
        "June 5, 1951",
        Wilson,
        new[]
        {
            "APRF: f./fond/45 | op./opis/1 | d./delo/339 | ll./list/17-18",
            "RGASPI: f./fond/558 | op./opis/11 | d./delo/339 | ll./list/0017-0018",
        },
        null,
        "https://digitalarchive.umd.edu/document/112106");

    private static void AssertParts(CitationParts parts, string title, string date, string archive, string[] references, string? credits, string? url)
    {
        Assert.Equal(title, parts.Title);
        Assert.Equal(date, parts.DateText);
        Assert.Equal(archive, parts.ArchiveName);
        Assert.Equal(references, ReferenceText.All(parts.References));
        Assert.Equal(credits, parts.Credits);
        Assert.Equal(url, parts.Url);

        // Every range points at its value inside the citation as given.
        Assert.Equal(title, Slice(parts.Text, parts.TitleRange));
        Assert.Equal(date, Slice(parts.Text, parts.DateRange));
        Assert.Equal(archive, Slice(parts.Text, parts.ArchiveNameRange));
        Assert.Equal(parts.SourceText, Slice(parts.Text, parts.SourceRange));
        if (url is not null)
        {
            Assert.Equal(url, Slice(parts.Text, parts.UrlRange));
            Assert.Equal(parts.Text.Replace("<" + url + ">", url), parts.PlainText);
        }
    }

    private static string Slice(string text, TextRange range) => text.Substring(range.Start, range.Length);
}
