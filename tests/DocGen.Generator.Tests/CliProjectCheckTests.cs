using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocGen.Cli;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// <c>docgen check</c> reports the project-wide diagnostics a build reports, by the generator's own steps: references
/// to another volume of the folder (DG0063), volumes' persons and terms lists (DG0055-DG0059), collections' places
/// (DG0060, DG0061), authority files (DG0064-DG0067), CSL locales (DG0050), and folders as collections (DG0045). Each
/// test runs the tool's checker and the generator with its analyzer on the same files and wants the same ids at the
/// same places, and names the ones it expects, so a check missing from both is caught too.
/// </summary>
public sealed class CliProjectCheckTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "docgen-cli-" + Guid.NewGuid().ToString("N"));

    public CliProjectCheckTests() => Directory.CreateDirectory(Archive);

    private string Archive => Path.Combine(_root, "Archive");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static string Volume(string id, string front, string body) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{id}">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, {id}</title></titleStmt>
        <publicationStmt><date type="publication-date">1983</date><idno type="frus">{id}</idno></publicationStmt></fileDesc></teiHeader>
        <text><front>{front}</front><body>
        {body}
        </body></text></TEI>
        """;

    private static string Document(string id, string head, string text) =>
        $"""<div type="document" xml:id="{id}" n="{id.Substring(1)}"><head>{head}</head><p>{text}</p></div>""";

    private const string Persons = """
        <list type="names">
        <item><persName xml:id="p_SJV1">Stalin, Joseph V.</persName>, Chairman</item>
        <item><persName xml:id="p_SJV1">Smith, John</persName>, Ambassador</item>
        </list>
        """;

    [Fact]
    public void AReferenceToADocumentAnotherVolumeOfTheFolderLacksIsDG0063AtTheRef()
    {
        Write("frus1951v07p2.xml", Volume("frus1951v07p2", string.Empty, Document("d2", "Second", "Text.")));
        Write("frus1951v07p1.xml", Volume("frus1951v07p1", string.Empty, Document("d4", "Citing", "See <ref target=\"frus1951v07p2#d2\">d2</ref>, <ref target=\"frus1951v07p2#d7\">d7</ref> and <ref target=\"frus1999v01#d1\">elsewhere</ref>.")));

        Assert.Equal(new[] { "DG0063 frus1951v07p1.xml 5:" + (Line("frus1951v07p1.xml", 5).IndexOf("<ref target=\"frus1951v07p2#d7\"", StringComparison.Ordinal) + 1) }, SameAsBuild());
    }

    [Fact]
    public void TheAuthorityFilesProblemsAreReportedInIt()
    {
        Write("frus1950v07.xml", Volume("frus1950v07", "<list type=\"names\"><item><persName xml:id=\"p_SJV1\">Stalin, Joseph V.</persName>, Chairman</item></list>", Document("d1", "Memorandum", "<persName corresp=\"#p_SJV1\">Stalin</persName>.")));
        Write("people.txt", "DocGen people 1\n[stalin]\nname: Stalin\nalias: Filippov\nwikidata: 855\nfrus: frus1950v07#p_XXX1\n[stalin]\nname: Iosif Stalin\n[molotov]\nname: Molotov\nalias: Filippov\n");

        Assert.Equal(
            new[] { "DG0064 people.txt 5:11", "DG0065 people.txt 7:2", "DG0066 people.txt 11:8", "DG0067 people.txt 6:7" },
            SameAsBuild());
    }

    [Fact]
    public void AnAuthorityFileInASubfolderWithAPrefixIsReadToo()
    {
        Write("lists/korea.people.txt", "DocGen people 1\n[stalin]\nname: Stalin\nbirth: 1878\n");

        Assert.Equal(new[] { "DG0064 lists/korea.people.txt 4:1" }, SameAsBuild());
    }

    [Fact]
    public void AVolumesPersonsListIsChecked()
    {
        Write("frus1969.xml", Volume("frus1969", Persons, Document("d1", "Memorandum", "Text.")));

        Assert.Equal(new[] { "DG0055 frus1969.xml 6:7" }, SameAsBuild());
    }

    [Fact]
    public void AVolumesListsAndPlacesWhoseClassNamesAreTakenAreReported()
    {
        var body = string.Join("\n",
            """<div type="document" xml:id="d1" n="1"><head>Persons</head><opener><dateline><placeName>Managua</placeName>, <date when="1894-03-02">March 2</date>.</dateline></opener><p>Text.</p></div>""",
            """<div type="document" xml:id="d2" n="2"><head>Places</head><opener><dateline><placeName>Grey Town</placeName>, <date when="1894-03-03">March 3</date>.</dateline></opener><p>Text.</p></div>""",
            """<div type="document" xml:id="d3" n="3"><head>Note</head><opener><dateline><placeName>Greytown</placeName>, <date when="1894-03-04">March 4</date>.</dateline></opener><p>Text.</p></div>""");
        Write("frus1894.xml", Volume("frus1894", "<list type=\"names\"><item><persName xml:id=\"p_BL1\">Baker, Lewis</persName>, Minister</item></list>", body));

        var found = SameAsBuild(info: true);

        Assert.Contains(found, d => d.StartsWith("DG0059 frus1894.xml", StringComparison.Ordinal));
        Assert.Contains(found, d => d.StartsWith("DG0060 frus1894.xml", StringComparison.Ordinal));
        Assert.Contains(found, d => d.StartsWith("DG0061 frus1894.xml", StringComparison.Ordinal));
    }

    [Fact]
    public void TheFoldersBelowTheCheckedFolderAreCollectionsAsInABuild()
    {
        Write("Korea War/a.md", TestDocuments.Note("May 1, 1950", "Note A", "\"Note A\", May 1, 1950, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/1>"));
        Write("Korea-War/b.md", TestDocuments.Note("May 2, 1950", "Note B", "\"Note B\", May 2, 1950, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/2>"));

        Assert.Equal(new[] { "DG0045 (none)" }, SameAsBuild());
    }

    [Fact]
    public void ALocaleFileIsCheckedAsCslNotReadAsADocument()
    {
        Write("locales-de-DE.xml", "<locale xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\" xml:lang=\"de-DE\"><terms>");

        Assert.Equal(new[] { "DG0050" }, SameAsBuild().Select(d => d.Split(' ')[0]));
    }

    [Fact]
    public void DocumentsRenamedBecauseAnotherVolumeHoldsTheirNamesGetOneWarningForThePairOfFilesAsInTheBuild()
    {
        var body = string.Join("\n", Document("d1", "Mr. Seward to Mr. Motley.", "One."), Document("d2", "Mr. Seward to Mr. Motley.", "Two."), Document("d3", "Mr. Perry to Mr. Seward.", "Three."));
        Write("frus1861Test.xml", Volume("frus1861Test", string.Empty, body));
        Write("frus1864Test.xml", Volume("frus1864Test", string.Empty, body));

        // At the first renamed document's head.
        Assert.Equal(new[] { "DG0013 frus1864Test.xml 5:" + (Line("frus1864Test.xml", 5).IndexOf("<head>", StringComparison.Ordinal) + 1) }, SameAsBuild());
    }

    [Fact]
    public void AFolderOfEveryKindGivesTheBuildsDiagnosticsAtTheBuildsPlaces()
    {
        Write("frus1951v07p2.xml", Volume("frus1951v07p2", Persons, Document("d2", "Second", "Text.")));
        Write("frus1951v07p1.xml", Volume("frus1951v07p1", string.Empty, Document("d4", "Citing", "See <ref target=\"frus1951v07p2#d9\">d9</ref> and <ref target=\"frus1951v07p2#pg_99\">page 99</ref>.")));
        Write("people.txt", "DocGen people 1\n[smith]\nname: Smith\nfrus: frus1951v07p2#p_NOPE1\n");
        Write("Korea/note.md", TestDocuments.Note());
        Write("Korea/copy.md", TestDocuments.Note());

        var found = SameAsBuild(info: true);

        Assert.Equal(new[] { "DG0012", "DG0024", "DG0055", "DG0063", "DG0067" }, found.Select(d => d.Split(' ')[0]).Distinct().OrderBy(id => id, StringComparer.Ordinal));
        // The page the other volume lacks (pg_99) is not checked across volumes yet; once a build checks it, SameAsBuild
        // fails until the tool calls that step too.
    }

    // The real volumes (with their cross-volume refs, lists and places): the tool and a build of the folder agree.
    [SharedDataFact("frus")]
    public void TheSharedFrusFolderGivesTheBuildsDiagnostics()
    {
        // The folder's notes are no documents (DG0001's advice names their path as each tool has it, so it differs).
        var found = SameAsBuild(SharedData.Frus!, true, "NOTES.md", "SOURCES.md");

        Assert.Contains(found, d => d.StartsWith("DG0060 ", StringComparison.Ordinal));
        Assert.Contains(found, d => d.StartsWith("DG0013 ", StringComparison.Ordinal));
    }

    private void Write(string relative, string text)
    {
        var path = Path.Combine(Archive, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private string Line(string relative, int line) => File.ReadAllLines(Path.Combine(Archive, relative))[line - 1];

    /// <summary>
    /// Checks the folder with the tool, builds the same files (the folder as DocGenArchiveFolder), asserts both report
    /// the same ids at the same places, and returns them as "id file line:column", sorted.
    /// </summary>
    private List<string> SameAsBuild(bool info = false) => SameAsBuild(Archive, info);

    private static List<string> SameAsBuild(string archive, bool info, params string[] excludes)
    {
        var options = CliOptions.Parse(new[] { "check", archive, "--namespace", "Consumer" }.Concat(excludes.SelectMany(e => new[] { "--exclude", e })).ToArray());
        var files = ArchiveChecker.Files(archive, options.Excludes);
        var tool = ArchiveChecker.Check(files, options).Diagnostics;

        var additional = files.Select(path => GeneratorHarness.File(path, File.ReadAllText(path))).ToList();
        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Consumer",
            ["build_property.MSBuildProjectDirectory"] = Path.GetDirectoryName(archive)!,
            ["build_property.DocGenArchiveFolder"] = Path.GetFileName(archive),
        };
        var (_, result, _) = GeneratorHarness.Run(additional, global);
        var analyzed = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), additional, new ArchiveDocumentAnalyzer(), global);
        var build = result.Diagnostics.Concat(analyzed);

        // Severities and messages too: the tool prints the generator's own.
        var fromBuild = Described(build, archive, info);
        var fromTool = Described(tool, archive, info);
        // What only one of them reports first, so a failure names it.
        Assert.Empty(fromBuild.Except(fromTool));
        Assert.Empty(fromTool.Except(fromBuild));
        Assert.Equal(fromBuild, fromTool);
        return fromTool.Select(d => d.Place).ToList();
    }

    private static List<(string Place, DiagnosticSeverity Severity, string Message)> Described(IEnumerable<Diagnostic> diagnostics, string archive, bool info) => diagnostics
        .Where(d => info || d.Severity > DiagnosticSeverity.Info)
        .Select(d => (Place(d, archive), d.Severity, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)))
        .OrderBy(d => d.Item1, StringComparer.Ordinal)
        .ThenBy(d => d.Item3, StringComparer.Ordinal)
        .ToList();

    private static string Place(Diagnostic diagnostic, string archive)
    {
        if (!diagnostic.Location.IsInSource && diagnostic.Location.Kind != LocationKind.ExternalFile)
        {
            return diagnostic.Id + " (none)";
        }

        var span = diagnostic.Location.GetLineSpan();
        var file = Path.GetRelativePath(archive, span.Path).Replace('\\', '/');
        return $"{diagnostic.Id} {file} {span.StartLinePosition.Line + 1}:{span.StartLinePosition.Character + 1}";
    }
}
