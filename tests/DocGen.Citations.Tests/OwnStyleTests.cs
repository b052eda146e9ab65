using DocGen.Citations.Tests.Infrastructure;
using DocGen.Csl.BuiltIn;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests;

/// <summary>
/// DocGen's own styles and en-US locale (embedded in DocGen.Csl) rendered by the processor, for every conformance
/// case, style, form and markup: equal to citeproc-js with the official styles (with ../shared and node), and equal
/// to the citations recorded for the repository's own documents without them, so the default run checks them too.
/// </summary>
public sealed class OwnStyleTests
{
    private readonly ITestOutputHelper _output;

    public OwnStyleTests(ITestOutputHelper output) => _output = output;

    [CiteprocFact]
    public void TheOwnStylesEqualCiteprocWithTheOfficialStylesForEveryCase() =>
        ProcessorComparison.AssertEqual(_output, ConformanceBatch.All, ConformanceBatch.Expected, "citeproc", BuiltInStyles.Get, BuiltInStyles.LoadLocale, "own style");

    /// <summary>
    /// Every citation of the documents that need nothing from ../shared (the test documents, the citation cases and
    /// the sample archive), in every style, form and markup (Markdown too), as recorded when the hand-written
    /// formatter, which equalled citeproc-js on all of them, was retired: the default run's check of the own styles.
    /// </summary>
    [Fact]
    public void TheOwnStylesReproduceTheRecordedCitationsOfTheRepositorysDocuments()
    {
        var text = new System.Text.StringBuilder();
        var cases = ConformanceBatch.Cases(includeShared: false);
        Assert.True(cases.Corpus.Count >= 20, "too few cases: " + cases.Corpus.Count);
        foreach (var c in cases.Corpus)
        {
            for (var style = 0; style < 4; style++)
            {
                for (var form = 0; form < 3; form++)
                {
                    for (var markup = 0; markup < 3; markup++)
                    {
                        text.Append(c.Name).Append(" | ").Append(ConformanceBatch.StyleNames[style]).Append(" | ").Append(ConformanceBatch.FormNames[form])
                            .Append(" | ").Append(new[] { "text", "html", "markdown" }[markup]).Append('\n').Append(c.Cite(style, form, markup)).Append('\n');
                    }
                }
            }
        }

        TextSnapshot.Verify(text.ToString());
    }
}
