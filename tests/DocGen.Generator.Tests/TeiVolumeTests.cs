using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DocGen.Cli;
using DocGen.Core.Formats;
using DocGen.Core.Model;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// TEI (FRUS) volumes in a build: a volume file beside Markdown documents generates every document, as a collection
/// of its own; its problems are reported at their place in the file and the rest of the volume still generates.
/// </summary>
public class TeiVolumeTests
{
    private static readonly IReadOnlyDictionary<string, string> Project = CollectionTests.Project;

    private static int LineOf(string text, string marker) => text.Split('\n').ToList().FindIndex(line => line.Contains(marker, StringComparison.Ordinal));

    [Fact]
    public void AHandWrittenVolumeGeneratesEveryDocumentAsACollectionBesideTheMarkdownOnes()
    {
        var files = new[] { GeneratorHarness.File("/project/Archive/Volumes/frus1899Test.xml", TeiTestVolume.Text), GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo) };

        var (catalog, all) = GenerateClean(files);
        Assert.Equal(TeiTestVolume.Ids.Length + 1, all.Count);
        var volume = Nested(catalog, "Volumes", "Frus1899Test");
        var inVolume = ((IEnumerable<ArchiveDocument>)volume.GetProperty("All")!.GetValue(null)!).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal);
        Assert.Equal(TeiTestVolume.Ids.OrderBy(id => id, StringComparer.Ordinal), inVolume);
        var d1 = all.Single(d => d.Id == "frus1899Test/d1");
        Assert.Equal("Mr. Alder to Mr. Brook.", d1.Title);
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1899Test/d1", d1.Url);
        Assert.Equal(new[] { "The harbour dues were raised this morning by the port captain.", "I have protested in writing." }, d1.Body);
        Assert.False(all.Single(d => d.Id == "frus1899Test/d3").Date.IsKnown);

        // Every field, the edition's included, reaches the runtime as read (the shared reflection comparer).
        foreach (var parsed in DocumentReaders.Default.Read(files[0].Path, TeiTestVolume.Text, int.MaxValue))
        {
            DocumentAssert.SameAsParsed(parsed, all.Single(d => d.Id == parsed.Id));
        }

        var d2 = all.Single(d => d.Id == "frus1899Test/d2");
        Assert.Equal(("Mr. Brook to the Port Captain.", "1899-01-31"), (d2.Attachments[0].Heading, d2.Attachments[0].Date.Edtf));
        Assert.Equal(("frus1899Test", "Test Harbours", "Ada Quill"), (d2.Volume!.Id, d2.Volume.VolumeTitle, d2.Volume.Editors[0].Name));
        Assert.Equal(new[] { "7", "8" }, all.Single(d => d.Id == "frus1899Test/d1").Pages);
        Assert.True(all.Single(d => d.Id == "frus1899Test/d4").IsEditorialNote);
    }

    [Fact]
    public void TheHandWrittenVolumesEditionFieldsAreRead()
    {
        var documents = DocumentReaders.Default.Read("/project/Archive/frus1899Test.xml", TeiTestVolume.Text, int.MaxValue);

        Assert.Equal(TeiTestVolume.Ids, documents.Select(d => d.Id));
        var (d1, d2, d3, d4) = (documents[0], documents[1], documents[2], documents[3]);
        Assert.Equal(("1", "Port Esk", "File No. 811.0/12."), (d1.Number, d1.Place, d1.Sources.Single().Raw));
        Assert.Equal(new[] { "7", "8" }, d1.Pages);
        Assert.Equal(new Core.Model.DocumentNote("1", "See the port captain's order of January 4.", 0, 41), Assert.Single(d1.Notes));
        Assert.Equal(("I have, etc., A. Alder.", "A. Alder"), (d1.Closer, d1.Signature));
        var attachment = Assert.Single(d2.Attachments);
        Assert.Equal(("Mr. Brook to the Port Captain.", "1899-01-31", "[Inclosure.]"), (attachment.Heading, attachment.Date.Edtf, attachment.Opener));
        Assert.Equal(new[] { "The dues must return to the rate of the treaty." }, attachment.Body);
        Assert.Equal(new[] { "Your protest is approved; a copy of the reply is inclosed." }, d2.Body);
        Assert.False(d3.Date.IsKnown);
        Assert.Equal(("Port Esk", false), (d3.Place, d3.IsEditorialNote));
        Assert.True(d4.IsEditorialNote);
        Assert.False(d4.Date.IsKnown);
        Assert.Equal(("Papers Relating to the Foreign Relations of the United States", "1899", "Volume T", "Test Harbours", "1901"), (d1.Volume!.Series, d1.Volume.Subseries, d1.Volume.VolumeNumber, d1.Volume.VolumeTitle, d1.Volume.PublicationYear));
        Assert.Equal(new[] { new Core.Model.VolumeEditor("Ada Quill", "primary") }, d4.Volume!.Editors);
    }

    [Fact]
    public void EachProblemOfAVolumeIsReportedInTheFileAtItsPlaceAndTheRestStillGenerates()
    {
        var text = TeiTestVolume.Text.Replace("</body>", TeiTestVolume.Faulty + "\n</body>", StringComparison.Ordinal);
        var files = new[] { GeneratorHarness.File("/project/Archive/frus1899Test.xml", text), GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo) };

        var (_, _, output) = GeneratorHarness.Run(files, Project);
        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), Project);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var found = diagnostics.Select(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().StartLinePosition.Line, d.Location.GetLineSpan().StartLinePosition.Character))
            .OrderBy(d => d.Line).ToList();
        Assert.Equal(
            new[]
            {
                ("DG0043", "/project/Archive/frus1899Test.xml", LineOf(text, "xml:id=\"d1\" n=\"901\""), 0),
                ("DG0047", "/project/Archive/frus1899Test.xml", LineOf(text, "xml:id=\"d902\""), 0),
                ("DG0048", "/project/Archive/frus1899Test.xml", LineOf(text, "when=\"1899-02-30\""), text.Split('\n')[LineOf(text, "when=\"1899-02-30\"")].IndexOf("<date when", StringComparison.Ordinal)),
                ("DG0044", "/project/Archive/frus1899Test.xml", LineOf(text, "when=\"1989-03-01\""), text.Split('\n')[LineOf(text, "when=\"1989-03-01\"")].IndexOf("<date when", StringComparison.Ordinal)),
            },
            found);
        var all = GeneratedAssembly.LoadAll(output);
        Assert.Equal(TeiTestVolume.Ids.Length + 3 + 1, all.Count);
        Assert.Equal("Document 902", all.Single(d => d.Id == "frus1899Test/d902").Title);
        Assert.False(all.Single(d => d.Id == "frus1899Test/d903").Date.IsKnown);
        Assert.Equal("Mr. Alder to Mr. Brook.", all.Single(d => d.Id == "frus1899Test/d1").Title);
    }

    [Fact]
    public void MalformedXmlKeepsTheDocumentsBeforeIt()
    {
        var text = TeiTestVolume.Text.Replace("I have protested in writing.</p>", "I have protested in writing.</q>", StringComparison.Ordinal);
        var files = new[] { GeneratorHarness.File("/project/Archive/frus1899Test.xml", text), GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo) };

        var (_, _, output) = GeneratorHarness.Run(files, Project);
        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), Project);

        var diagnostic = Assert.Single(diagnostics);
        Assert.True(diagnostic.Id == "DG0040", diagnostic.ToString());
        Assert.Equal(LineOf(text, "writing.</q>"), diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(new[] { "Memorandum on the Harbour Question" }, GeneratedAssembly.LoadAll(output).Select(d => d.Title));
    }

    [Fact]
    public void TheVolumesCollectionIsNamedByItsIdInsideTheFoldersDocGenCollectionNames()
    {
        var oneDocument = TeiTestVolume.Text.Substring(0, TeiTestVolume.Text.IndexOf("<div type=\"document\" xml:id=\"d2\"", StringComparison.Ordinal)) + "</body></text></TEI>\n";
        var files = new[]
        {
            GeneratorHarness.File("/project/Archive/harbours.xml", TeiTestVolume.Text),
            GeneratorHarness.File("/project/Archive/single.xml", oneDocument.Replace("frus1899Test", "frus1899One", StringComparison.Ordinal)),
        };
        var options = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/project/Archive/harbours.xml"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenCollection"] = "Samoa/Ports" },
        };

        var (_, _, output) = GeneratorHarness.Run(files, Project, fileOptions: options);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);
        Assert.Equal(4, ((IEnumerable<ArchiveDocument>)Nested(catalog, "Samoa", "Ports", "Frus1899Test").GetProperty("All")!.GetValue(null)!).Count());
        Assert.Equal("frus1899One/d1", Assert.Single((IEnumerable<ArchiveDocument>)Nested(catalog, "Frus1899One").GetProperty("All")!.GetValue(null)!).Id);
    }

    [Fact]
    public void EditingOneParagraphOfAVolumeReEmitsOnlyThatDocument()
    {
        var file = GeneratorHarness.File("/project/Archive/frus1899Test.xml", TeiTestVolume.Text);
        var memo = GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo);
        var (driver, _, _) = GeneratorHarness.Run(new[] { file, memo }, Project);

        // Longer text: the documents after d2 move, so they are parsed again, but their generated source is reused.
        var edited = GeneratorHarness.File(file.Path, TeiTestVolume.Text.Replace("Your protest is approved;", "Your protest of January 5 is approved;", StringComparison.Ordinal));
        var result = driver.ReplaceAdditionalText(file, edited).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        // Sources are emitted in shards; only d2's is emitted again, whichever other documents share it.
        var source = Assert.Single(result.TrackedSteps[Pipeline.TrackingNames.DocumentSources].SelectMany(s => s.Outputs), o => !StepRuns.IsReused(o.Reason));
        var group = ((Pipeline.ShardModel)source.Value).Documents.Select(d => d.Document.Id).ToList();
        Assert.Contains("frus1899Test/d2", group);
        Assert.Equal(TeiTestVolume.Ids.Length, TeiTestVolume.Ids.Count(id => !group.Contains(id)) + 1);
        Assert.All(result.TrackedSteps[Pipeline.TrackingNames.Catalog].SelectMany(s => s.Outputs), o => Assert.True(StepRuns.IsReused(o.Reason), o.Reason.ToString()));
    }

    [Theory]
    [InlineData("<!DOCTYPE TEI [<!ENTITY harbour \"Port Esk\">]>\n", "DG0041", 1, 0)]
    [InlineData("", "DG0042", 0, 0)]
    public void AVolumeThatGivesNoDocumentIsReportedAndTheRestStillGenerates(string doctype, string id, int line, int column)
    {
        // DG0042's volume has only a section div: its text, not the test volume's documents.
        var text = doctype.Length > 0
            ? TeiTestVolume.Text.Replace("<TEI ", doctype + "<TEI ", StringComparison.Ordinal)
            : TeiTestVolume.Text.Substring(0, TeiTestVolume.Text.IndexOf("<pb n=\"7\"", StringComparison.Ordinal)) + "<div type=\"section\"><head>Persons</head></div></body></text></TEI>\n";
        var files = new[] { GeneratorHarness.File("/project/Archive/frus1899Test.xml", text), GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo) };

        var (_, _, output) = GeneratorHarness.Run(files, Project);
        var diagnostic = Assert.Single(GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), Project));

        Assert.Equal((id, line, column), (diagnostic.Id, diagnostic.Location.GetLineSpan().StartLinePosition.Line, diagnostic.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(new[] { "Memorandum on the Harbour Question" }, GeneratedAssembly.LoadAll(output).Select(d => d.Title));
    }

    [Fact]
    public void AnXmlFileThatIsNotTeiIsDG0046()
    {
        var files = new[] { GeneratorHarness.File("/project/Archive/settings.xml", "<settings><item>1</item></settings>\n"), GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo) };

        var (_, _, output) = GeneratorHarness.Run(files, Project);
        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), Project);

        Assert.Equal("DG0046", Assert.Single(diagnostics).Id);
        Assert.Single(GeneratedAssembly.LoadAll(output));
    }

    [Fact]
    public void DocgenCheckReadsTeiVolumes()
    {
        var folder = Directory.CreateTempSubdirectory("docgen-tei-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "frus1899Test.xml"), TeiTestVolume.Text.Replace("</body>", TeiTestVolume.Faulty + "\n</body>", StringComparison.Ordinal));
            File.WriteAllText(Path.Combine(folder, "memo.md"), TestDocuments.Memo);

            var files = ArchiveChecker.Files(folder, CliOptions.DefaultExcludes);
            var result = ArchiveChecker.Check(files, CliOptionsFor(folder));

            Assert.Equal(new[] { "frus1899Test.xml", "memo.md" }, files.Select(Path.GetFileName));
            Assert.Equal(new[] { "DG0043", "DG0047", "DG0048", "DG0044" }, result.Diagnostics.Select(d => d.Id));
            Assert.Contains(result.Catalog, d => d.Id == "frus1899Test/d902");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [SharedDataFact("frus")]
    public void TheSmallestRealVolumeGeneratesEveryDocumentInItsCollection()
    {
        var path = SharedData.Path(SharedData.Frus, "frus1894Nicaragua.xml");
        var files = new[] { GeneratorHarness.File("/project/Archive/frus1894Nicaragua.xml", File.ReadAllText(path)), GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo) };

        var (catalog, all) = GenerateClean(files);
        Assert.Equal(139, all.Count);
        var volume = ((IEnumerable<ArchiveDocument>)Nested(catalog, "Frus1894Nicaragua").GetProperty("All")!.GetValue(null)!).ToList();
        Assert.Equal(138, volume.Count);
        Assert.All(volume, d => Assert.StartsWith("frus1894Nicaragua/d", d.Id, StringComparison.Ordinal));
        Assert.Equal(volume.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal), all.Where(d => d.Id.StartsWith("frus", StringComparison.Ordinal)).Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        foreach (var parsed in DocumentReaders.Default.Read(path, File.ReadAllText(path), int.MaxValue))
        {
            DocumentAssert.SameAsParsed(parsed, volume.Single(d => d.Id == parsed.Id));
        }
    }

    /// <summary>Generates, compiles and analyzes the files, asserting no diagnostic anywhere; the catalog type and its All.</summary>
    private static (Type Catalog, IReadOnlyList<ArchiveDocument> All) GenerateClean(AdditionalText[] files)
    {
        var (_, result, output) = GeneratorHarness.Run(files, Project);

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Empty(GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), Project));
        return (GeneratedAssembly.LoadCatalog(output), GeneratedAssembly.LoadAll(output));
    }

    // Each shared volume alone beside a Markdown document: the one warning is frus1864p4's date typo (DG0044). The info
    // DG0060 is a place written two ways that give one member name ("United States legation, Berne" and "United States
    // Legation. Berne"): both are kept, the later named _2.
    [SharedDataTheory("frus")]
    [InlineData("frus1861.xml", 349, 0, 0)]
    [InlineData("frus1864p4.xml", 556, 1, 3)]
    [InlineData("frus1872p2v4.xml", 34, 0, 0)]
    [InlineData("frus1882.xml", 416, 0, 3)]
    [InlineData("frus1901China.xml", 312, 0, 1)]
    [InlineData("frus1902app1.xml", 34, 0, 0)]
    [InlineData("frus1917Supp02v02.xml", 440, 0, 0)]
    [InlineData("frus1919Parisv01.xml", 409, 0, 1)]
    [InlineData("frus1927v01.xml", 415, 0, 0)]
    [InlineData("frus1934v04.xml", 702, 0, 0)]
    [InlineData("frus1936v03.xml", 586, 0, 0)]
    [InlineData("reviewed/frus1969-76v19p1.xml", 172, 0, 0)]
    public void EverySharedVolumeGeneratesWithNoError(string file, int documents, int warnings, int placeNames)
    {
        var files = new[] { GeneratorHarness.File("/project/Archive/" + Path.GetFileName(file), File.ReadAllText(SharedData.Path(SharedData.Frus, file))), GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo) };

        var (_, result, output) = GeneratorHarness.Run(files, Project);
        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), Project);

        Assert.Equal(placeNames, result.Diagnostics.Length);
        Assert.All(result.Diagnostics, d => Assert.Equal("DG0060", d.Id));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(warnings, diagnostics.Count(d => d.Id == "DG0044"));
        Assert.Equal(warnings, diagnostics.Length);
        Assert.Equal(documents + 1, GeneratedAssembly.LoadAll(output).Count);
    }

    // FRUS headings repeat across volumes ("Mr. Seward to Mr. Motley."): all 13 shared volumes in one project gave 477
    // warnings, one a renamed document, each advising a DocGenMemberName no volume document can take. Now one warning
    // for each pair of files, at the first renamed document, saying to use them by id.
    [Fact]
    public void DocumentsRenamedBecauseAnotherVolumeHoldsTheirNamesGetOneWarningForThePairOfFiles()
    {
        static string Volume(string id) => $$"""
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{{id}}"><teiHeader><fileDesc><titleStmt><title type="volume">Test</title></titleStmt>
            <publicationStmt><date>1900</date><idno type="frus">{{id}}</idno></publicationStmt></fileDesc></teiHeader>
            <text><body>
            <div type="document" xml:id="d1" n="1"><head>Mr. Seward to Mr. Motley.</head><p>One.</p></div>
            <div type="document" xml:id="d2" n="2"><head>Mr. Seward to Mr. Motley.</head><p>Two.</p></div>
            <div type="document" xml:id="d3" n="3"><head>Mr. Perry to Mr. Seward.</head><p>Three.</p></div>
            </body></text></TEI>
            """;
        var files = new[] { GeneratorHarness.File("/project/Archive/frus1861Test.xml", Volume("frus1861Test")), GeneratorHarness.File("/project/Archive/frus1864Test.xml", Volume("frus1864Test")) };

        var (_, result, output) = GeneratorHarness.Run(files, Project);

        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0013", warning.Id);
        Assert.Equal("/project/Archive/frus1864Test.xml", warning.Location.GetLineSpan().Path);
        Assert.Equal(3, warning.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(
            "This document's member name 'MrSewardToMrMotley' is already taken by '/project/Archive/frus1861Test.xml', so it is named 'MrSewardToMrMotley_frus1864Test_d1'; "
            + "this file has 3 such documents, this the first, renamed because '/project/Archive/frus1861Test.xml' holds the name: a document of a file that holds many cannot take "
            + "DocGenMemberName, and which file keeps a name depends on the files in the project, so use these documents by id (Get(\"frus1864Test/d1\")) or give the volumes projects of their own",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(6, GeneratedAssembly.LoadAll(output).Count);
    }

    private static CliOptions CliOptionsFor(string folder) => CliOptions.Parse(new[] { "check", folder });

    private static Type Nested(Type catalog, params string[] names) =>
        names.Aggregate(catalog, (type, name) => type.GetNestedType(name, BindingFlags.Public) ?? throw new InvalidOperationException(name + " was not generated"));
}
