using System;
using System.IO;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Core.Tests.Infrastructure;
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
    private readonly ITestOutputHelper _output;

    public ProcessorConformanceTests(ITestOutputHelper output) => _output = output;

    [CiteprocFact]
    public void TheProcessorWithTheOfficialStylesEqualsCiteprocForEveryCase()
    {
        var styles = Array.ConvertAll(ConformanceBatch.StyleNames, name => CslStyle.Parse(File.ReadAllText(Path.Combine(SharedData.Csl!, name + ".csl"))));
        var locale = LocaleParser.ParseFile(File.ReadAllText(Path.Combine(SharedData.Csl!, "locales-en-US.xml")));
        ProcessorComparison.AssertEqual(_output, ConformanceBatch.All, ConformanceBatch.Expected, "citeproc", style => styles[style], _ => locale, "processor");
    }
}
