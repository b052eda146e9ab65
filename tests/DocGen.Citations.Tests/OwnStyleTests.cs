using System;
using System.Collections.Generic;
using System.IO;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Csl;
using DocGen.Csl.BuiltIn;
using DocGen.Csl.Data;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests;

/// <summary>
/// DocGen's own styles and en-US locale (embedded in DocGen.Csl) rendered by the processor, for every conformance
/// case, style, form and markup: equal to citeproc-js with the official styles (with ../shared and node), and equal
/// to DocGen's formatter without them, so the default run checks the own styles too.
/// </summary>
public sealed class OwnStyleTests
{
    private static readonly CitationPlace[] Places = { CitationPlace.Bibliography, CitationPlace.First, CitationPlace.Subsequent };

    private static readonly OutputFormat[] Formats = { OutputFormat.Text, OutputFormat.Html };

    private readonly ITestOutputHelper _output;

    public OwnStyleTests(ITestOutputHelper output) => _output = output;

    [CiteprocFact]
    public void TheOwnStylesEqualCiteprocWithTheOfficialStylesForEveryCase()
    {
        var cases = ConformanceBatch.All;
        Check(cases, ConformanceBatch.Expected, "citeproc");
    }

    [Fact]
    public void TheOwnStylesEqualDocGensFormatterForEveryCase()
    {
        var (corpus, runtime) = ConformanceBatch.Cases();
        var cases = new List<ConformanceCase>(corpus);
        cases.AddRange(runtime);
        Assert.True(cases.Count >= 20, "too few cases: " + cases.Count);
        Check(cases, (style, i, form, markup) => cases[i].Cite(style, form, markup), "formatter");
    }

    private void Check(List<ConformanceCase> cases, Func<int, int, int, int, string> expected, string expectedLabel)
    {
        var items = new List<CslItem>();
        for (var i = 0; i < cases.Count; i++)
        {
            items.Add(ItemReader.ReadAll("[" + ConformanceBatch.WithKey(cases[i].CslJson, i) + "]")[0]);
        }

        var (compared, differ, mismatches) = ConformanceBatch.Compare(cases, expected,
            (style, i, form, markup) => SingleItem.Render(BuiltInStyles.Get(style), BuiltInStyles.LoadLocale, items[i], Places[form], Formats[markup]),
            expectedLabel, "own style");
        _output.WriteLine($"{cases.Count} documents x {ConformanceBatch.StyleNames.Length} styles x 3 forms x 2 markups: {compared} compared, {compared - differ} equal, {differ} differ.");
        if (Environment.GetEnvironmentVariable("DOCGEN_CITATIONS_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, mismatches);
        }

        Assert.Equal(cases.Count * 4 * 3 * 2, compared);
        Assert.True(differ == 0, $"{differ} of {compared} citations differ:\n{mismatches}");
    }
}
