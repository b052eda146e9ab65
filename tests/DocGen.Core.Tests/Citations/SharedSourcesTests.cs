using System;
using System.IO;
using System.Linq;
using System.Text;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Problems;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// Every record of ../shared/examples and ../shared/seeds, read in place, keeps the sources it was read with: its
/// archive location, each source as written and as read, and the citation problems the references raise. A record
/// added to the shared folders fails here until its summary is pinned, so no example goes unchecked.
/// Skipped with a printed reason when ../shared is absent.
/// </summary>
public class SharedSourcesTests
{
    [SharedDataFact("examples")]
    public void ExamplesKeepTheirSources() => AssertPinned(SharedData.Examples!, "*.md", PinnedExamples);

    [SharedDataFact("seeds")]
    public void SeedsKeepTheirSources() => AssertPinned(SharedData.Seeds!, "*", PinnedSeeds);

    /// <summary>One line per fact, so a failure names the record and the line that changed.</summary>
    internal static string Summary(string path)
    {
        var d = ArchiveDocumentParser.Parse(path, File.ReadAllText(path));
        var text = new StringBuilder();
        text.Append("location: ").Append(d.ArchiveLocation ?? "(none)").Append('\n');
        foreach (var source in d.Sources)
        {
            text.Append("source: ").Append(source.Raw).Append(" => ").Append(ReferenceText.Of(source)).Append('\n');
        }

        foreach (var problem in d.Problems.Where(p => p.Code is ProblemCode.NotAShelfmark or ProblemCode.ReversedRange))
        {
            text.Append("problem: ").Append(problem.Code).Append('\n');
        }

        return text.ToString();
    }

    private static void AssertPinned(string folder, string pattern, (string File, string Summary)[] pinned)
    {
        var files = Directory.GetFiles(folder, pattern)
            .Select(Path.GetFileName)
            .Where(f => !string.Equals(f, "README.md", StringComparison.Ordinal))
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToArray();

        Assert.Equal(pinned.Select(p => p.File).OrderBy(f => f, StringComparer.Ordinal), files);
        foreach (var (file, summary) in pinned)
        {
            Assert.Equal($"{file}\n{summary}", $"{file}\n{Summary(Path.Combine(folder, file!))}");
        }
    }

    private static readonly (string File, string Summary)[] PinnedExamples =
    {
        (
            "001_ciphered-telegram-709-filippov-krasovsky.md",
            "location: APRF, f. 45, op. 1, d. 342, l. 78; AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80; and RGASPI, f. 558, op. 11, d. 342, ll. 0078\n"
            + "source: APRF, f. 45, op. 1, d. 342, l. 78 => APRF: f./fond/45 | op./opis/1 | d./delo/342 | l./list/78\n"
            + "source: AVPRF, Fond 059a, Opis 5a, Delo 5, Papka 11, List 80 => AVPRF: Fond/fond/059a | Opis/opis/5a | Delo/delo/5 | Papka/papka/11 | List/list/80\n"
            + "source: RGASPI, f. 558, op. 11, d. 342, ll. 0078 => RGASPI: f./fond/558 | op./opis/11 | d./delo/342 | ll./list/0078\n"),
        (
            "008_bagirov-mikoyan-publishing-azerbaijan.md",
            "location: GAPPOD, f.1, op.89, d.106\n"
            + "source: GAPPOD, f.1, op.89, d.106 => GAPPOD: f./fond/1 | op./opis/89 | d./delo/106\n"),
        (
            "009_romanian-telegram-066621-pyongyang.md",
            "location: AMAE, Folder 784/1978, Issue 220: Features of political-diplomatic relations between the Democratic People's Republic of Korea and some countries in Europe, Asia, Africa, America (Cyprus, Spain, USA, Bangladesh, Philippines, India, Indonesia, Japan, Pakistan, Sri Lanka, Central African Republic, Egypt, Gabon, Iraq, Iran, Libya, Nigeria, Mozambique, Syria) January 7, 1978 \u2013 September 23, 1978\n"
            + "source: AMAE, Folder 784/1978, Issue 220: Features of political-diplomatic relations between the Democratic People's Republic of Korea and some countries in Europe, Asia, Africa, America (Cyprus, Spain, USA, Bangladesh, Philippines, India, Indonesia, Japan, Pakistan, Sri Lanka, Central African Republic, Egypt, Gabon, Iraq, Iran, Libya, Nigeria, Mozambique, Syria) January 7, 1978 \u2013 September 23, 1978 => AMAE: Folder/folder/784/1978 | Issue/issue/220: Features of political-diplomatic relations between the Democratic People's Republic of Korea and some countries in Europe, Asia, Africa, America (Cyprus, Spain, USA, Bangladesh, Philippines, India, Indonesia, Japan, Pakistan, Sri Lanka, Central African Republic, Egypt, Gabon, Iraq, Iran, Libya, Nigeria, Mozambique, Syria) January 7, 1978 \u2013 September 23, 1978\n"),
        (
            "011_kurdyukov-report-april-1955.md",
            "location: RGANI fond 5, opis 28, delo 314\n"
            + "source: RGANI fond 5, opis 28, delo 314 => RGANI: fond/fond/5 | opis/opis/28 | delo/delo/314\n"),
        (
            "018_barnes-cable-gdr-after-stalin.md",
            "location: NARA, RG 59, 762B.00/4-3053\n"
            + "source: NARA, RG 59, 762B.00/4-3053 => NARA: RG/record-group/59 | //762B.00/4-3053\n"),
        (
            "024_bulgarian-kgb-subversive-centers-1979.md",
            "location: Bulgarian Interior Ministry Archive, Fond 1, Record 10A, Document 344\n"
            + "source: Bulgarian Interior Ministry Archive, Fond 1, Record 10A, Document 344 => Bulgarian Interior Ministry Archive: Fond/fond/1 | Record/record/10A | Document/document/344\n"),
        (
            "026_letter-stalin-lee-chang-chen-russian.md",
            "location: (none)\n"),
        (
            "028_etre-sandor-report-1972.md",
            "location: (none)\n"),
        (
            "030_japan-mofa-main-points-sato-chiang.md",
            "location: Diplomatic Archives of the Ministry of Foreign Affairs of Japan, File A\u20190392 (Microfilm)\n"
            + "source: Diplomatic Archives of the Ministry of Foreign Affairs of Japan, File A\u20190392 (Microfilm) => Diplomatic Archives of the Ministry of Foreign Affairs of Japan: File/file/A\u20190392 (Microfilm)\n"),
        (
            "033_kohl-blair-chequers-1997.md",
            "location: BArch, B 136/59748, 403-410\n"
            + "source: BArch, B 136/59748, 403-410 => BArch: //B 136/59748 | //403-410\n"),
    };

    private static readonly (string File, string Summary)[] PinnedSeeds =
    {
        (
            "000_804f6106a3c4e40c.txt",
            "location: APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018\n"
            + "source: APRF, f. 45, op. 1, d. 339, ll. 17-18 => APRF: f./fond/45 | op./opis/1 | d./delo/339 | ll./list/17-18\n"
            + "source: RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018 => RGASPI: f./fond/558 | op./opis/11 | d./delo/339 | ll./list/0017-0018\n"),
    };
}
