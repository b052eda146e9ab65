using System.Collections.Generic;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Csl.BuiltIn;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests;

/// <summary>
/// DocGen's own styles and en-US locale (embedded in DocGen.Csl) rendered by the processor, for every conformance
/// case, style, form and markup: equal to citeproc-js with the official styles (with ../shared and node), and equal
/// to DocGen's formatter without them, so the default run checks the own styles too.
/// </summary>
public sealed class OwnStyleTests
{
    private readonly ITestOutputHelper _output;

    public OwnStyleTests(ITestOutputHelper output) => _output = output;

    [CiteprocFact]
    public void TheOwnStylesEqualCiteprocWithTheOfficialStylesForEveryCase() =>
        ProcessorComparison.AssertEqual(_output, ConformanceBatch.All, ConformanceBatch.Expected, "citeproc", BuiltInStyles.Get, BuiltInStyles.LoadLocale, "own style");

    [Fact]
    public void TheOwnStylesEqualTheHandWrittenFormatterForEveryParsedDocument()
    {
        var cases = ConformanceBatch.Cases().Corpus;
        Assert.True(cases.Count >= 20, "too few cases: " + cases.Count);
        ProcessorComparison.AssertEqual(_output, cases, (style, i, form, markup) => cases[i].Formatter!(style, form, markup), "formatter", BuiltInStyles.Get, BuiltInStyles.LoadLocale, "own style");
    }

    [Fact]
    public void MarkdownFromTheOwnStylesEqualsTheHandWrittenFormattersMarkdown()
    {
        var cases = ConformanceBatch.Cases().Corpus;
        var differ = new List<string>();
        foreach (var c in cases)
        {
            for (var style = 0; style < 4; style++)
            {
                for (var form = 0; form < 3; form++)
                {
                    var expected = c.Formatter!(style, form, 2);
                    var actual = c.Cite(style, form, 2);
                    if (expected != actual)
                    {
                        differ.Add($"{ConformanceBatch.StyleNames[style]} {ConformanceBatch.FormNames[form]} {c.Name}\n  formatter: {expected}\n  processor: {actual}");
                    }
                }
            }
        }

        Assert.True(differ.Count == 0, string.Join("\n", differ));
    }
}
