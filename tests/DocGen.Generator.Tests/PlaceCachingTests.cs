using System.Linq;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Places;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// The places and cited-by steps, as CachingTests checks the others: an edit elsewhere reuses them, an edit to one
/// volume's place re-emits only that collection's class.
/// </summary>
public class PlaceCachingTests
{
    private static readonly string[] Steps = { TrackingNames.PlaceLinks, TrackingNames.PlaceSources, TrackingNames.CitedBy };

    private static string Volume(string id, string place) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{id}">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, {id}</title></titleStmt>
        <publicationStmt><date type="publication-date">1895</date><idno type="frus">{id}</idno></publicationStmt></fileDesc></teiHeader>
        <text><body>
        <div type="document" xml:id="d1" n="1"><head>Mr. Baker to Mr. Gresham</head><opener><dateline><placeName>{place}</placeName>, <date when="1894-03-02">March 2, 1894</date>.</dateline></opener><p>Text.</p></div>
        </body></text></TEI>
        """;

    private static (GeneratorDriver Driver, AdditionalText[] Files) Run()
    {
        var files = new[]
        {
            GeneratorHarness.File("/archive/frus1894Nicaragua.xml", Volume("frus1894Nicaragua", "Managua")),
            GeneratorHarness.File("/archive/frus1901China.xml", Volume("frus1901China", "Peking")),
            GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo),
        };
        return (GeneratorHarness.Run(files).Driver, files);
    }

    [Fact]
    public void AnEditToADocumentWithoutAPlaceOrLinksReusesTheirSteps()
    {
        var (driver, files) = Run();

        var result = StepRuns.Edit(driver, files[2], TestDocuments.Memo.Replace("Memorandum on the Harbour Question**", "Memorandum on the Port Question**"));

        Assert.All(Steps, step => Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked"));
        Assert.Empty(StepRuns.Modified(result, Steps));
    }

    [Fact]
    public void AnEditToOneVolumesPlaceReemitsOnlyItsCollectionsClass()
    {
        var (driver, files) = Run();

        var result = StepRuns.Edit(driver, files[0], Volume("frus1894Nicaragua", "Bluefields"));

        var outputs = result.TrackedSteps[TrackingNames.PlaceSources].SelectMany(s => s.Outputs).ToList();
        var modified = Assert.Single(outputs, o => !StepRuns.IsReused(o.Reason));
        Assert.Equal("Bluefields", Assert.Single(((PlaceSource)modified.Value).Places).Name);
        Assert.Contains(outputs, o => StepRuns.IsReused(o.Reason) && ((PlaceSource)o.Value).Places.Single().Name == "Peking");
    }

    [Fact]
    public void StepOutputsHoldNoCompilerObjects()
    {
        var (driver, _) = Run();

        StepRuns.AssertRerunReusesPlainValues(driver, Steps);
    }
}
