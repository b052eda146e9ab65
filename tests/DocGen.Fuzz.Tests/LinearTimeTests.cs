using System;
using System.Linq;
using System.Text;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Problems;
using DocGen.Fuzz.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests;

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimingCollection
{
    /// <summary>
    /// Linear-work tests run alone, after the parallel ones: the generator's allocations are counted for the whole
    /// process, and the long run's CPU times are skewed by other tests.
    /// </summary>
    public const string Name = "Timing";
}

/// <summary>
/// Property (d): parsing and generating take linear time. Each shape is measured at n/16 and at n (10 MB on one line,
/// 100k sections, a title of a million characters, ...) and the ratios of the work counted are bounded (see <see cref="Scaling"/>);
/// the size limit is checked on both sides, and a file over it is rejected before any work.
/// </summary>
[Collection(TimingCollection.Name)]
public class LinearTimeTests
{
    private const int MB = 1024 * 1024;
    private const string Header = "**June 5, 1951**  \n**A Document Made Large**\n\n";
    private const string Citation = "**Citation:**\n\n\"A Document Made Large\", June 5, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 339, ll. 17-18. <https://digitalarchive.wilsoncenter.org/document/112106>\n\n";

    private readonly ITestOutputHelper _output;

    public LinearTimeTests(ITestOutputHelper output) => _output = output;

    public static TheoryData<string> SingleLineShapes => new() { "plain", "unclosed bold", "whole document", "asterisks", "markers" };

    [Theory]
    [MemberData(nameof(SingleLineShapes))]
    public void TenMegabytesOnOneLineParseInLinearTime(string shape) =>
        Scaling.AssertLinear("parser, one line, " + shape, n => SingleLine(shape, n), 10 * MB, Parse, _output);

    [Fact]
    public void TenMegabytesOnOneLineGenerateInLinearTime() =>
        Scaling.AssertLinear("generator, one line (a 10 MB title)", n => SingleLine("unclosed bold", n), 10 * MB, Generate, _output, singleThreaded: false);

    [Fact]
    public void AHundredThousandSectionsParseInLinearTime()
    {
        Scaling.AssertLinear("parser, distinct sections", n => Sections(n, distinct: true), 100_000, Parse, _output);
        Scaling.AssertLinear("parser, the same section repeated", n => Sections(n, distinct: false), 100_000, Parse, _output);
    }

    [Fact]
    public void AHundredThousandSectionsGenerateInLinearTime() =>
        Scaling.AssertLinear("generator, distinct sections", n => Sections(n, distinct: true), 100_000, Generate, _output, singleThreaded: false);

    [Fact]
    public void ATitleOfAMillionCharactersParsesAndGeneratesInLinearTime()
    {
        Scaling.AssertLinear("parser, title on one line", n => Title(n, wrapped: false), 1_000_000, Parse, _output);
        Scaling.AssertLinear("parser, title wrapped over many lines", n => Title(n, wrapped: true), 1_000_000, Parse, _output);
        Scaling.AssertLinear("generator, title on one line", n => Title(n, wrapped: false), 1_000_000, Generate, _output, singleThreaded: false);
        Scaling.AssertLinear("generator, title wrapped over many lines", n => Title(n, wrapped: true), 1_000_000, Generate, _output, singleThreaded: false);
    }

    [Fact]
    public void ManyBodyParagraphsLinesAndInvisibleCharactersParseInLinearTime()
    {
        Scaling.AssertLinear("parser, body paragraphs", n => Header + Citation + Repeat("Paragraph of the body.\n\n", n), 100_000, Parse, _output);
        Scaling.AssertLinear("parser, blank lines", n => Header + new string('\n', n), 1_000_000, Parse, _output);
        Scaling.AssertLinear("parser, bold run never closed over many lines", n => "**" + Repeat("a wrapped line  \n", n), 100_000, Parse, _output);
        Scaling.AssertLinear("parser, invisible characters", n => Header + new string('\u202E', n), 1_000_000, Parse, _output);
        Scaling.AssertLinear("generator, body paragraphs", n => Header + Citation + Repeat("Paragraph of the body.\n\n", n), 100_000, Generate, _output, singleThreaded: false);
    }

    [Fact]
    public void ACitationWithManyReferencesParsesInLinearTime()
    {
        const string cited = "**Citation:**\n\n\"A Document Made Large\", June 5, 1951, Wilson Center Digital Archive,";
        Scaling.AssertLinear("parser, citation references on one line", n => Header + cited + " " + Repeat("APRF, f. 45, op. 1, d. 339, ll. 18-17; and Letters of the committee; ", n) + "<https://x.org/document/1>\n", 20_000, Parse, _output);
        Scaling.AssertLinear("parser, shelfmarks over many lines", n => Header + cited + "\n" + Repeat("APRF, f. 45, op. 1, d. 339, ll. 17-18; and\n", n) + "<https://x.org/document/1>\n", 40_000, Parse, _output);
        Scaling.AssertLinear("parser, languages on one line", n => Header + Citation + "**Original Language:**\n\n" + Repeat("Klingon, Russian, ", n) + "\n\nBody.\n", 100_000, Parse, _output);

        // Many problems in a paragraph of many lines: each is located by a binary search (was quadratic, see KnownBugTests).
        Scaling.AssertLinear("parser, citation references over many lines", n => Header + cited + "\n" + Repeat("Letters of the committee;\n", n) + "<https://x.org/document/1>\n", 100_000, Parse, _output);
        Scaling.AssertLinear("parser, unknown languages over many lines", n => Header + Citation + "**Original Language:**\n\n" + Repeat("Klingon,\n", n) + "\nBody.\n", 100_000, Parse, _output);
    }

    [Fact]
    public void AFileAtTheLimitIsParsedAndOneCharacterMoreIsRejectedEarly()
    {
        var limit = ArchiveDocumentParser.DefaultMaxLength;
        Assert.Equal(8_388_608, limit);

        var atLimit = Padded(TestDocuments.Telegram, limit);
        var parsed = ArchiveDocumentParser.Parse("/archive/at-limit.md", atLimit);
        Assert.True(parsed.IsUsable);
        Assert.DoesNotContain(parsed.Problems, p => p.Code == ProblemCode.FileTooLarge);

        var overLimit = atLimit + "x";
        var rejected = ArchiveDocumentParser.Parse("/archive/over-limit.md", overLimit);
        Assert.False(rejected.IsUsable);
        Assert.Equal(ProblemCode.FileTooLarge, Assert.Single(rejected.Problems).Code);

        // Rejected early: a few hundred bytes of bookkeeping, no line index, no copy of the text.
        var tenMegabytes = SingleLine("whole document", 10 * MB);
        var before = GC.GetAllocatedBytesForCurrentThread();
        var tooLarge = ArchiveDocumentParser.Parse("/archive/ten-megabytes.md", tenMegabytes);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(ProblemCode.FileTooLarge, Assert.Single(tooLarge.Problems).Code);
        Assert.True(allocated < 16 * 1024, $"rejecting a 10 MB file allocated {allocated:N0} bytes");
        _output.WriteLine($"rejecting a 10 MB file allocated {allocated:N0} bytes");
    }

    private static void Parse(string text) => ArchiveDocumentParser.Parse("/archive/big.md", text, int.MaxValue);

    private static void Generate(string text)
    {
        // A copy, as a new build reads the file anew: the same string again would find the parse the warm-up run left
        // behind (SharedParse), so the small document, run before, would be measured without its parse.
        var (result, _) = Generation.Run(new[] { FuzzFile.FromText("/archive/big.md", new string(text.AsSpan())) }, int.MaxValue);
        Generation.AssertNoCrash(result);
    }

    private static string SingleLine(string shape, int length)
    {
        var text = shape switch
        {
            "plain" => new string('x', length),
            "unclosed bold" => "**" + Repeat("Telegram from Ambassador Example ", length / 33 + 1),
            "whole document" => Repeat("**June 5, 1951** **Title** **Citation:** \"Title\", June 5, 1951, Wilson Center Digital Archive, APRF, f. 45, op. 1; and <https://x.org/document/1> ", length / 140 + 1),
            "asterisks" => new string('*', length),
            "markers" => Repeat(string.Concat(Markers.Inline), length / string.Concat(Markers.Inline).Length + 1),
            _ => throw new ArgumentOutOfRangeException(nameof(shape)),
        };
        return text.Substring(0, length);
    }

    private static string Sections(int count, bool distinct)
    {
        var text = new StringBuilder(Header).Append(Citation);
        for (var i = 0; i < count; i++)
        {
            text.Append("**Label ").Append(distinct ? i : 0).Append(":**\n\nValue of section ").Append(i).Append(".\n\n");
        }

        return text.Append("Body.\n").ToString();
    }

    private static string Title(int length, bool wrapped)
    {
        var unit = "Telegram from Ambassador Example to the Foreign Ministry" + (wrapped ? "  \n" : " ");
        var words = Repeat(unit, length / unit.Length + 1).Substring(0, length).TrimEnd();
        return "**June 5, 1951**  \n**" + words + "**\n\n" + Citation + "Body.\n";
    }

    private static string Padded(string document, int length)
    {
        var line = "Filler line of the body, to reach the limit exactly.\n";
        var text = new StringBuilder(document, length).Append('\n');
        while (text.Length + line.Length <= length)
        {
            text.Append(line);
        }

        text.Append('x', length - text.Length);
        return text.ToString();
    }

    private static string Repeat(string text, int times) => new StringBuilder(text.Length * times).Insert(0, text, times).ToString();
}
