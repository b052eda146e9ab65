using System.Linq;
using DocGen.Generator.Links;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// A link to a page of another volume of the project lands in the document that page falls in (the rule of a volume's
/// own pages), through the project's page table; a page that volume lacks is DG0063 at the ref; and an edit to the
/// cited volume re-emits the table, never the citing volume's shards.
/// </summary>
public class PageLinkTests
{
    private const string CitedPath = "/project/Archive/frus1951v07p2.xml";
    private const string CitingPath = "/project/Archive/frus1951v07p1.xml";

    // pg_3 falls in d1, pg_11 (between documents) in d2, pg_12 in d2, pg_20 (the index) in no document.
    private static string Cited(string firstBody = "Text.") => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1951v07p2">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 2</title></titleStmt>
        <publicationStmt><date type="publication-date">1983</date><idno type="frus">frus1951v07p2</idno></publicationStmt></fileDesc></teiHeader>
        <text><body>
        <div type="document" xml:id="d1" n="1"><head>First</head><p>{firstBody}</p><pb n="3" xml:id="pg_3"/><p>More.</p></div>
        <pb n="11" xml:id="pg_11"/>
        <div type="document" xml:id="d2" n="2"><head>Second</head><p>Text.</p><pb n="12" xml:id="pg_12"/><p>More.</p></div>
        </body><back><div type="index" xml:id="index"><pb n="20" xml:id="pg_20"/><p>Index.</p></div></back></text></TEI>
        """;

    private const string Citing = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1951v07p1">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1</title></titleStmt>
        <publicationStmt><date type="publication-date">1983</date><idno type="frus">frus1951v07p1</idno></publicationStmt></fileDesc></teiHeader>
        <text><body>
        <div type="document" xml:id="d4" n="4"><head>Citing</head><p>See <ref target="frus1951v07p2#pg_3">VII, 2, 3</ref>,
        <ref target="frus1951v07p2#pg_11">11</ref>, <ref target="frus1951v07p2#pg_12">12</ref>, <ref target="frus1951v07p2#pg_20">20</ref>,
        <ref target="frus1951v07p2#pg_99">99</ref> and <ref target="frus1950v06#pg_587">1950, VI, 587</ref>.</p></div>
        </body></text></TEI>
        """;

    [Fact]
    public void APageOfAnotherVolumeLeadsToTheDocumentItFallsInThroughTheCompiledCode()
    {
        var files = new[] { GeneratorHarness.File(CitedPath, Cited()), GeneratorHarness.File(CitingPath, Citing) };
        var (_, _, output) = GeneratorHarness.Run(files, CollectionTests.Project);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);
        var citing = GeneratedAssembly.LoadAll(output).Single(d => d.Id == "frus1951v07p1/d4");

        // pg_99 is no link (the volume lacks it); the volume outside the project keeps its URL and no document.
        Assert.Equal(
            new[] { "frus1951v07p2#pg_3", "frus1951v07p2#pg_11", "frus1951v07p2#pg_12", "frus1951v07p2#pg_20", "frus1951v07p2#pg_99", "frus1950v06#pg_587" },
            citing.Cites.Select(link => link.ToString()));
        Assert.Equal(
            new[] { "frus1951v07p2/d1", "frus1951v07p2/d2", "frus1951v07p2/d2", null, null, null },
            citing.Cites.Select(link => link.DocumentId));
        Assert.Equal(new[] { "3", "11", "12", "20", "99", "587" }, citing.Cites.Select(link => link.Page));
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1950v06/pg_587", citing.Cites[5].Url);

        var followed = (ArchiveDocument)catalog.GetMethod("Get")!.Invoke(null, new object[] { citing.Cites[2].DocumentId! })!;
        Assert.Equal("Second", followed.Title);

        // The reverse index counts the page links too.
        var citedBy = catalog.GetMethod("CitedBy")!;
        var first = (ArchiveDocument)catalog.GetMethod("Get")!.Invoke(null, new object[] { "frus1951v07p2/d1" })!;
        Assert.Equal(new[] { "frus1951v07p1/d4" }, ((System.Collections.Generic.IReadOnlyList<ArchiveDocument>)citedBy.Invoke(null, new object[] { first })!).Select(d => d.Id));
    }

    [Fact]
    public void TwoFilesOfTheCitedVolumeGiveTheSameTableWhateverTheirOrder()
    {
        // A copy of the cited volume (DG0012) where pg_3 falls in d2, not d1: the table must not follow the files' order.
        var copy = Cited().Replace("<pb n=\"3\" xml:id=\"pg_3\"/>", string.Empty).Replace("<head>Second</head>", "<head>Second</head><pb n=\"3\" xml:id=\"pg_3\"/>");
        var a = GeneratorHarness.File(CitedPath, Cited());
        var b = GeneratorHarness.File("/project/Archive/copy/frus1951v07p2.xml", copy);
        var citing = GeneratorHarness.File(CitingPath, Citing);

        string Table(params Microsoft.CodeAnalysis.AdditionalText[] files) =>
            GeneratorHarness.Run(files, CollectionTests.Project).Output.SyntaxTrees.Single(tree => tree.FilePath.EndsWith(".PageLinks.g.cs", System.StringComparison.Ordinal)).ToString();

        var forward = Table(a, b, citing);
        Assert.Equal(forward, Table(b, a, citing));
        Assert.Equal(forward, Table(citing, b, a));
    }

    [Fact]
    public void APageTheCitedVolumeLacksIsAWarningAtTheRefAndAVolumeOutsideTheProjectIsNot()
    {
        var files = new[] { GeneratorHarness.File(CitedPath, Cited()), GeneratorHarness.File(CitingPath, Citing) };
        var (_, result, _) = GeneratorHarness.Run(files, CollectionTests.Project);

        DocumentLinkTests.AssertBrokenReference(Assert.Single(result.Diagnostics), CitingPath, Citing, "frus1951v07p2#pg_99", "page");
    }

    [Fact]
    public void AnEditToTheCitedVolumeReemitsThePageTableAndNoneOfTheCitingVolumesShards()
    {
        var files = new[] { GeneratorHarness.File(CitedPath, Cited()), GeneratorHarness.File(CitingPath, Citing) };
        var (driver, _, _) = GeneratorHarness.Run(files, CollectionTests.Project);

        // The break of pg_3 moves from d1 to the end of d2.
        var edited = Cited()
            .Replace("<p>Text.</p><pb n=\"3\" xml:id=\"pg_3\"/><p>More.</p></div>", "<p>Text.</p><p>More.</p></div>")
            .Replace("<pb n=\"12\" xml:id=\"pg_12\"/><p>More.</p></div>", "<pb n=\"12\" xml:id=\"pg_12\"/><p>More.</p><pb n=\"3\" xml:id=\"pg_3\"/></div>");
        Assert.NotEqual(Cited(), edited);
        var result = StepRuns.Edit(driver, files[0], edited);

        var table = (PageLinkTable)Assert.Single(result.TrackedSteps[TrackingNames.PageLinks].SelectMany(s => s.Outputs), o => !StepRuns.IsReused(o.Reason)).Value;
        Assert.Contains(new PageLinkEntry("frus1951v07p2#pg_3", "frus1951v07p2/d2"), table.Entries);

        var shards = result.TrackedSteps[TrackingNames.DocumentSources].SelectMany(s => s.Outputs).ToList();
        var citingShard = Assert.Single(shards, o => ((ShardModel)o.Value).Documents.Any(d => d.Path == CitingPath));
        Assert.DoesNotContain(((ShardModel)citingShard.Value).Documents, d => d.Path == CitedPath);
        Assert.True(StepRuns.IsReused(citingShard.Reason), citingShard.Reason.ToString());
        Assert.Contains(shards, o => !StepRuns.IsReused(o.Reason));
    }

    [Fact]
    public void AnEditThatMovesNoPageOrReferenceReusesThePageStepsWhichHoldPlainValues()
    {
        var steps = new[] { TrackingNames.VolumePages, TrackingNames.PageLinks };
        var files = new[] { GeneratorHarness.File(CitedPath, Cited()), GeneratorHarness.File(CitingPath, Citing) };
        var (driver, _, _) = GeneratorHarness.Run(files, CollectionTests.Project);

        var result = StepRuns.Edit(driver, files[1], Citing.Replace("587</ref>.</p>", "587</ref>. A sentence more.</p>"));

        Assert.All(steps, step => Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked"));
        Assert.Empty(StepRuns.Modified(result, steps));
        StepRuns.AssertRerunReusesPlainValues(driver, steps);
    }
}
