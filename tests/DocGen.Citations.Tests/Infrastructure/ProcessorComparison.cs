using System;
using System.Collections.Generic;
using System.IO;
using DocGen.Csl;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;
using Xunit;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>Renders conformance cases with the CSL processor in each style, form and markup, and asserts they equal what is expected.</summary>
public static class ProcessorComparison
{
    /// <summary>The processor's places in the order of the oracle's forms (and of the CitationForm values).</summary>
    private static readonly CitationPlace[] Places = { CitationPlace.Bibliography, CitationPlace.First, CitationPlace.Subsequent };

    /// <summary>The processor's formats in the order of the oracle's markups (and of the CitationMarkup values).</summary>
    private static readonly OutputFormat[] Formats = { OutputFormat.Text, OutputFormat.Html };

    public static void AssertEqual(ITestOutputHelper output, List<ConformanceCase> cases, Func<int, int, int, int, string> expected, string expectedLabel,
        Func<int, CslStyle> style, Func<string, LocaleData?> locale, string actualLabel)
    {
        var items = new List<CslItem>();
        for (var i = 0; i < cases.Count; i++)
        {
            items.Add(ItemReader.ReadAll("[" + ConformanceBatch.WithKey(cases[i].CslJson, i) + "]")[0]);
        }

        var (compared, differ, mismatches) = ConformanceBatch.Compare(cases, expected,
            (s, i, form, markup) => SingleItem.Render(style(s), locale, items[i], Places[form], Formats[markup]),
            expectedLabel, actualLabel);
        output.WriteLine($"{cases.Count} documents x {ConformanceBatch.StyleNames.Length} styles x {Places.Length} forms x {Formats.Length} markups: {compared} compared, {compared - differ} equal, {differ} differ.");
        if (Environment.GetEnvironmentVariable("DOCGEN_CITATIONS_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, mismatches);
        }

        Assert.Equal(cases.Count * ConformanceBatch.StyleNames.Length * Places.Length * Formats.Length, compared);
        Assert.True(differ == 0, $"{differ} of {compared} citations differ from {expectedLabel}:\n{mismatches}");
    }
}
