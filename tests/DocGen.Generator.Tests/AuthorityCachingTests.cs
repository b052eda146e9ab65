using System.Linq;
using DocGen.Generator.Authorities;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>A volume's persons and terms steps, as CachingTests checks the others: an edit elsewhere reuses them, an edit to a list reruns only them.</summary>
public class AuthorityCachingTests
{
    private static readonly string[] Steps = { TrackingNames.Authorities, TrackingNames.AuthoritySources, TrackingNames.PersonLinks };

    private const string VolumePath = "/archive/frus1969-76v19p1.xml";

    private static readonly string Volume = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1969-76v19p1">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972</title></titleStmt>
        <publicationStmt><date type="publication-date">2009</date><idno type="frus">frus1969-76v19p1</idno></publicationStmt></fileDesc></teiHeader>
        <text><front>
        <list type="names"><item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant to the President for National Security Affairs</item></list>
        <list type="terms"><item><term xml:id="t_ROK1">ROK</term>, Republic of Korea</item></list>
        </front><body>
        <div type="document" xml:id="d1" n="1"><head>Memorandum for the Record</head><p>Text.</p></div>
        </body></text></TEI>
        """;

    private static (GeneratorDriver Driver, AdditionalText[] Files) Run()
    {
        var files = new[] { GeneratorHarness.File(VolumePath, Volume), GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo) };
        return (GeneratorHarness.Run(files).Driver, files);
    }

    private static GeneratorRunResult Edit(GeneratorDriver driver, AdditionalText file, string text) =>
        driver.ReplaceAdditionalText(file, GeneratorHarness.File(file.Path, text)).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

    [Fact]
    public void AnEditToAnotherDocumentReusesTheListsSteps()
    {
        var (driver, files) = Run();

        var result = Edit(driver, files[1], TestDocuments.Memo.Replace("Memorandum on the Harbour Question**", "Memorandum on the Port Question**"));

        Assert.All(Steps, step => Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked"));
        Assert.Empty(StepRuns.Modified(result, Steps));
    }

    [Fact]
    public void AnEditToAListRerunsItsSourceWithTheNewText()
    {
        var (driver, files) = Run();

        var result = Edit(driver, files[0], Volume.Replace("Republic of Korea", "Republic of Korea (South Korea)"));

        var source = Assert.Single(result.TrackedSteps[TrackingNames.AuthoritySources].SelectMany(s => s.Outputs));
        Assert.Equal(IncrementalStepRunReason.Modified, source.Reason);
        Assert.Equal("Republic of Korea (South Korea)", Assert.Single(((AuthoritySource)source.Value).Terms).Text);
    }

    [Fact]
    public void StepOutputsHoldNoCompilerObjects()
    {
        var (driver, _) = Run();

        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.Empty(StepRuns.Modified(result, Steps));
        foreach (var step in Steps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => ModelWalker.AssertPlainValues(output.Value, step));
        }
    }
}
