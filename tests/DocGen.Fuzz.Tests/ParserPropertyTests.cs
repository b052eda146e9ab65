using CsCheck;
using DocGen.Core.Formats.Markdown;
using DocGen.Fuzz.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests;

/// <summary>Property (a): the parser never throws, for any string, and what it returns keeps the format's promises.</summary>
public class ParserPropertyTests
{
    private readonly ITestOutputHelper _output;

    public ParserPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void ParserNeverThrowsOnArbitraryText() =>
        Gen.Select(Pick(Gens.AnyString, Gens.TokenSoup), Limit).Check(
            "parser: arbitrary text and token soup",
            Fuzzing.Iterations(4_000),
            input => ParseAndCheck(input.Item1, input.Item2),
            _output,
            size: input => input.Item1.Length,
            print: input => "limit " + input.Item2 + ": " + Show.Text(input.Item1));

    [Fact]
    public void ParserNeverThrowsOnDocumentShapedText() =>
        Gen.Select(Gens.DocumentLike, Limit).Check(
            "parser: synthetic, real and mutated documents",
            Fuzzing.Iterations(4_000),
            input => ParseAndCheck(input.Item1, input.Item2),
            _output,
            size: input => input.Item1.Length,
            print: input => "limit " + input.Item2 + ": " + Show.Text(input.Item1));

    /// <summary>The default size limit most of the time, else a limit near the text's length (either side of it).</summary>
    private static readonly Gen<int> Limit = Gens.Pick(
        (9, Gen.Const(ArchiveDocumentParser.DefaultMaxLength)),
        (1, Gen.Int[0, 500]));

    private static Gen<string> Pick(Gen<string> first, Gen<string> second) => Gens.Pick((1, first), (1, second));

    private static void ParseAndCheck(string text, int maxLength)
    {
        const string path = "/archive/fuzz.md";
        var document = ArchiveDocumentParser.Parse(path, text, maxLength);
        ParserInvariants.Check(path, text, maxLength, document);
    }
}
