using System.Linq;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// A TEI document's references reach the generated code as <see cref="ArchiveDocument.Cites"/>: an in-volume link
/// leads to the project's document by the catalog's Get, another volume's keeps its canonical URL, and a target the
/// volume lacks is warning DG0063 in the file.
/// </summary>
public class DocumentLinkTests
{
    private const string VolumePath = "/project/Archive/frus1951v07p2.xml";

    private const string Volume = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1951v07p2">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 2</title></titleStmt>
        <publicationStmt><date type="publication-date">1983</date><idno type="frus">frus1951v07p2</idno></publicationStmt></fileDesc></teiHeader>
        <text><body>
        <div type="document" xml:id="d1" n="1"><head>First</head><p>See <ref target="#pg_12">page 12</ref> and <ref target="frus1950v06#pg_587">1950, VI, 587</ref>.</p></div>
        <div type="document" xml:id="d2" n="2"><head>Second</head><p>Text.</p><pb n="12" xml:id="pg_12"/><p>More; not <ref target="#d9">Document 9</ref>.</p></div>
        </body></text></TEI>
        """;

    [Fact]
    public void AnInVolumeLinkLeadsToTheProjectsDocumentAndAnotherVolumesKeepsItsUrl()
    {
        var files = new[] { GeneratorHarness.File(VolumePath, Volume) };
        var (_, result, output) = GeneratorHarness.Run(files, CollectionTests.Project);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);
        var all = GeneratedAssembly.LoadAll(output);

        var first = all.Single(d => d.Id == "frus1951v07p2/d1");
        Assert.Equal(new[] { "frus1951v07p2#pg_12", "frus1950v06#pg_587" }, first.Cites.Select(l => l.ToString()));
        var page = first.Cites[0];
        Assert.Equal(("frus1951v07p2/d2", "12"), (page.DocumentId, page.Page));
        var cited = (ArchiveDocument)catalog.GetMethod("Get")!.Invoke(null, new object[] { page.DocumentId! })!;
        Assert.Equal("Second", cited.Title);
        var other = first.Cites[1];
        Assert.Null(other.DocumentId);
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1950v06/pg_587", other.Url);
        Assert.Empty(all.Single(d => d.Id == "frus1951v07p2/d2").Cites);

        var diagnostic = Assert.Single(GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), CollectionTests.Project));
        Assert.Equal("DG0063", diagnostic.Id);
        Assert.Equal(VolumePath, diagnostic.Location.GetLineSpan().Path);
        var line = Volume.Split('\n').ToList().FindIndex(l => l.Contains("#d9"));
        Assert.Equal((line, Volume.Split('\n')[line].IndexOf("<ref target=\"#d9\"", System.StringComparison.Ordinal)), (diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
    }

    [Fact]
    public void CitedByListsTheProjectsDocumentsCitingOneInDateOrder()
    {
        var other = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1951v07p1">
            <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1</title></titleStmt>
            <publicationStmt><date type="publication-date">1983</date><idno type="frus">frus1951v07p1</idno></publicationStmt></fileDesc></teiHeader>
            <text><body>
            <div type="document" xml:id="d5" n="5"><head>Later</head><opener><dateline><date when="1951-03-01">March 1</date></dateline></opener><p>See <ref target="frus1951v07p2#d2">VII, 2, d2</ref> and <ref target="frus1951v07p2#pg_12">p. 12</ref>.</p></div>
            <div type="document" xml:id="d4" n="4"><head>Earlier</head><opener><dateline><date when="1951-02-01">February 1</date></dateline></opener><p>See <ref target="frus1951v07p2#d2">VII, 2, d2</ref> and <ref target="frus1999v01#d1">elsewhere</ref>.</p></div>
            </body></text></TEI>
            """;
        var files = new[] { GeneratorHarness.File(VolumePath, Volume), GeneratorHarness.File("/project/Archive/frus1951v07p1.xml", other) };
        var (_, _, output) = GeneratorHarness.Run(files, CollectionTests.Project);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);
        var all = GeneratedAssembly.LoadAll(output);
        var citedBy = catalog.GetMethod("CitedBy")!;

        var second = all.Single(d => d.Id == "frus1951v07p2/d2");
        var citing = (System.Collections.Generic.IReadOnlyList<ArchiveDocument>)citedBy.Invoke(null, new object[] { second })!;
        Assert.Equal(new[] { "frus1951v07p1/d4", "frus1951v07p1/d5", "frus1951v07p2/d1" }, citing.Select(d => d.Id));
        Assert.Empty((System.Collections.Generic.IReadOnlyList<ArchiveDocument>)citedBy.Invoke(null, new object[] { all.Single(d => d.Id == "frus1951v07p1/d4") })!);
    }

    [Fact]
    public void ALinkToAnotherVolumeOfTheProjectLeadsToItsDocumentAndOneItLacksIsAWarningAtTheRef()
    {
        var other = """
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1951v07p1">
            <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 1</title></titleStmt>
            <publicationStmt><date type="publication-date">1983</date><idno type="frus">frus1951v07p1</idno></publicationStmt></fileDesc></teiHeader>
            <text><body>
            <div type="document" xml:id="d4" n="4"><head>Citing</head><p>See <ref target="frus1951v07p2#d2">VII, 2, d2</ref>,
            <ref target="frus1951v07p2#d7">VII, 2, d7</ref> and <ref target="frus1999v01#d1">elsewhere</ref>.</p></div>
            </body></text></TEI>
            """;
        var path = "/project/Archive/frus1951v07p1.xml";
        var files = new[] { GeneratorHarness.File(VolumePath, Volume), GeneratorHarness.File(path, other) };
        var (_, result, output) = GeneratorHarness.Run(files, CollectionTests.Project);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);
        var citing = GeneratedAssembly.LoadAll(output).Single(d => d.Id == "frus1951v07p1/d4");

        Assert.Equal(new[] { "frus1951v07p2#d2", "frus1951v07p2#d7", "frus1999v01#d1" }, citing.Cites.Select(l => l.ToString()));
        var followed = (ArchiveDocument)catalog.GetMethod("Get")!.Invoke(null, new object[] { citing.Cites[0].DocumentId! })!;
        Assert.Equal("Second", followed.Title);
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1999v01/d1", citing.Cites[2].Url);
        AssertBrokenReference(Assert.Single(result.Diagnostics), path, other, "frus1951v07p2#d7", "document");
    }

    /// <summary>Asserts DG0063 for <paramref name="target"/>, a <paramref name="kind"/> of its volume, at its <c>ref</c>'s start tag in <paramref name="text"/>.</summary>
    internal static void AssertBrokenReference(Microsoft.CodeAnalysis.Diagnostic diagnostic, string path, string text, string target, string kind)
    {
        Assert.Equal("DG0063", diagnostic.Id);
        var volume = target.Substring(0, target.IndexOf('#'));
        Assert.Equal(
            $"The reference '{target}' points at a {kind} of the volume {volume} that the volume does not have, so it links nowhere; correct the target to an xml:id the volume has (a document's div, or a page's pb)",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var span = diagnostic.Location.GetLineSpan();
        var lines = text.Split('\n');
        var tag = "<ref target=\"" + target + "\"";
        var line = System.Array.FindIndex(lines, l => l.Contains(tag));
        Assert.True(line >= 0, tag + " is not in the text");
        Assert.Equal((path, line, lines[line].IndexOf(tag, System.StringComparison.Ordinal)), (span.Path, span.StartLinePosition.Line, span.StartLinePosition.Character));
    }
}
