using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Problems;
using DocGen.Core.Text;
using DocGen.Core.Validation;

namespace DocGen.Core.Tests.Text;

/// <summary>Lines and columns as the compiler and editors count them, and invisible characters placed on them.</summary>
public class LineIndexTests
{
    // Every line break the compiler knows, after a byte-order mark that belongs to no line.
    private const string EveryBreak = "\uFEFFab\r\ncd\ref\ngh\u0085ij\u2028kl\u2029mn";

    [Fact]
    public void EveryLineBreakEndsALine()
    {
        var lines = new LineIndex(EveryBreak);

        var texts = Enumerable.Range(0, lines.Count).Select(l => EveryBreak.Substring(lines.Start(l), lines.Length(l)));

        Assert.Equal(new[] { "ab", "cd", "ef", "gh", "ij", "kl", "mn" }, texts);
    }

    [Theory]
    [InlineData("", new[] { "" })]
    [InlineData("\n", new[] { "", "" })]
    [InlineData("\r\n\r\n", new[] { "", "", "" })]
    [InlineData("\n\r", new[] { "", "", "" })]
    [InlineData("a\r", new[] { "a", "" })]
    [InlineData("\uFEFF", new[] { "" })]
    public void EdgesOfTheText(string text, string[] expected)
    {
        var lines = new LineIndex(text);

        Assert.Equal(expected, Enumerable.Range(0, lines.Count).Select(l => text.Substring(lines.Start(l), lines.Length(l))));
    }

    [Fact]
    public void EachPositionIsOnItsLine()
    {
        var lines = new LineIndex(EveryBreak);

        // Each character of a line, and the break that ends it, is on that line; the mark before line 0 is on line 0.
        var expected = new[] { 0, 0, 0, 0, 0, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 4, 5, 5, 5, 6, 6 };
        Assert.Equal(expected, Enumerable.Range(0, EveryBreak.Length).Select(lines.LineOf));
    }

    [Fact]
    public void InvisibleCharactersAreReportedAtTheirLineAndColumn()
    {
        var text = "\uFEFFab\r\n\u200Bc\rdd\u202E\u2028x\u2066\n\u00AD plain \u0416 \u4E2D";
        var problems = new List<ParseProblem>();

        InvisibleCharacters.Find(new LineIndex(text), problems);

        // The leading byte-order mark is the file's encoding, and the soft hyphen is harmless: neither is reported.
        Assert.All(problems, p => Assert.Equal(ProblemCode.InvisibleCharacter, p.Code));
        Assert.Equal(
            new[] { (1, 0, 5), (2, 2, 10), (3, 1, 13) },
            problems.Select(p => (p.Span.StartLine, p.Span.StartColumn, p.Span.Start)));
        Assert.All(problems, p => Assert.Equal((p.Span.StartLine, p.Span.StartColumn + 1, 1), (p.Span.EndLine, p.Span.EndColumn, p.Span.Length)));
    }

    [Fact]
    public void AtMostTwentyAreReportedPerFile()
    {
        var problems = new List<ParseProblem>();

        InvisibleCharacters.Find(new LineIndex(string.Concat(Enumerable.Repeat("a\u200B\n", 25))), problems);

        Assert.Equal(InvisibleCharacters.MaxReported, problems.Count);
        Assert.Equal(19, problems[^1].Span.StartLine);
    }
}
