using System;
using System.Collections.Generic;
using System.IO;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Csl;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests;

/// <summary>
/// DocGen's CSL processor with the official styles (read in place from ../shared/csl) against citeproc-js with the
/// same styles, on the CSL-JSON of every conformance case, in every style, form and markup.
/// </summary>
public sealed class ProcessorConformanceTests
{
    private static readonly CitationPlace[] Places = { CitationPlace.Bibliography, CitationPlace.First, CitationPlace.Subsequent };

    private static readonly OutputFormat[] Formats = { OutputFormat.Text, OutputFormat.Html };

    private readonly ITestOutputHelper _output;

    public ProcessorConformanceTests(ITestOutputHelper output) => _output = output;

    [CiteprocFact]
    public void TheProcessorWithTheOfficialStylesEqualsCiteprocForEveryCase()
    {
        var cases = ConformanceBatch.All;
        var styles = Array.ConvertAll(ConformanceBatch.StyleNames, name => CslStyle.Parse(File.ReadAllText(Path.Combine(SharedData.Csl!, name + ".csl"))));
        var locale = LocaleParser.ParseFile(File.ReadAllText(Path.Combine(SharedData.Csl!, "locales-en-US.xml")));
        var items = new List<CslItem>();
        for (var i = 0; i < cases.Count; i++)
        {
            items.Add(ItemReader.ReadAll("[" + ConformanceBatch.WithKey(cases[i].CslJson, i) + "]")[0]);
        }

        var (compared, differ, mismatches) = ConformanceBatch.Compare(cases, ConformanceBatch.Expected,
            (style, i, form, markup) => SingleItem.Render(styles[style], _ => locale, items[i], Places[form], Formats[markup]),
            actualLabel: "processor");
        _output.WriteLine($"{cases.Count} documents x {ConformanceBatch.StyleNames.Length} styles x 3 forms x 2 markups: {compared} compared, {compared - differ} equal, {differ} differ.");
        if (Environment.GetEnvironmentVariable("DOCGEN_CITATIONS_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, mismatches);
        }

        Assert.Equal(cases.Count * 4 * 3 * 2, compared);
        Assert.True(differ == 0, $"{differ} of {compared} citations differ from citeproc:\n{mismatches}");
    }
}
