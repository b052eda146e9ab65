using System;
using System.IO;
using DocGen.Citations.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests;

/// <summary>
/// DocGen's citations against citeproc-js with the official CSL styles: for every document, style, form and markup
/// (plain text and HTML), DocGen's string must equal citeproc's for the CSL-JSON DocGen itself exports. The cases
/// and the oracle run are <see cref="ConformanceBatch"/>'s.
/// </summary>
public sealed class ConformanceTests
{
    private readonly ITestOutputHelper _output;

    public ConformanceTests(ITestOutputHelper output) => _output = output;

    [CiteprocFact]
    public void EveryCorpusDocumentEqualsCiteprocInEveryStyleFormAndMarkup()
    {
        var corpus = ConformanceBatch.Corpus;
        Compare(corpus, 0, expectedCount: CorpusDocuments.All().Count * 2 * 4 * 3 * 2);
    }

    [CiteprocFact]
    public void RuntimeDocumentsEqualCiteproc()
    {
        var runtime = ConformanceBatch.Runtime;
        Compare(runtime, ConformanceBatch.Corpus.Count, expectedCount: runtime.Count * 4 * 3 * 2);
    }

    /// <summary>Compares <paramref name="cases"/>, whose oracle keys start at <paramref name="first"/>.</summary>
    private void Compare(System.Collections.Generic.List<ConformanceCase> cases, int first, int expectedCount)
    {
        var (compared, differ, mismatches) = ConformanceBatch.Compare(cases,
            (style, i, form, markup) => ConformanceBatch.Expected(style, first + i, form, markup),
            (style, i, form, markup) => cases[i].Cite(style, form, markup));
        _output.WriteLine($"{cases.Count} documents x {ConformanceBatch.StyleNames.Length} styles x {ConformanceBatch.FormNames.Length} forms x {ConformanceBatch.MarkupNames.Length} markups: {compared} compared, {compared - differ} equal, {differ} differ.");
        if (Environment.GetEnvironmentVariable("DOCGEN_CITATIONS_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, string.Join("\n", cases.ConvertAll(c => c.CslJson)) + "\n\n" + mismatches);
        }

        Assert.Equal(expectedCount, compared);
        Assert.True(differ == 0, $"{differ} of {compared} citations differ from citeproc:\n{mismatches}");
    }
}
