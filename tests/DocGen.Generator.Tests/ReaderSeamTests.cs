using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocGen.Core.Formats;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Formats;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// Formats are readers: a format the generator has never heard of (the tests' ledger) plugs in through the reader
/// list, one file yields many documents, and each is cached on its own.
/// </summary>
public class ReaderSeamTests
{
    private const string Ledger =
        "== L1 | June 1, 1951 | First Entry on Fisheries\nThe first entry's only paragraph.\n" +
        "== L2 | June 2, 1951 | Second Entry on Shipping\nThe second entry's only paragraph.\n" +
        "== L3 | June 3, 1951 | Third Entry on the Harbour\nThe third entry's only paragraph.\n";

    private static readonly string[] Steps =
    {
        TrackingNames.Inputs, TrackingNames.Parsed, TrackingNames.Facts, TrackingNames.Keys, TrackingNames.Catalog, TrackingNames.DocumentSources,
    };

    private static ArchiveGenerator WithLedger() =>
        new(new DocumentReaders(DocumentReaders.Default.Readers.Concat(new IDocumentReader[] { LedgerReader.Instance })));

    [Fact]
    public void OneFileOfAnotherFormatYieldsManyDocumentsBesideTheMarkdownOnes()
    {
        var files = new[] { GeneratorHarness.File("/archive/entries.ledger", Ledger), GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo) };

        var (_, result, output) = GeneratorHarness.Run(files, generator: WithLedger());

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var all = GeneratedAssembly.LoadAll(output);
        Assert.Equal(new[] { "L1", "L2", "L3" }, all.Where(d => d.Id.StartsWith("L", StringComparison.Ordinal)).Select(d => d.Id));
        Assert.Equal("Second Entry on Shipping", all.Single(d => d.Id == "L2").Title);
        Assert.Equal(new[] { "The second entry's only paragraph." }, all.Single(d => d.Id == "L2").Body);
        Assert.Equal(4, all.Count);
    }

    [Fact]
    public void WithoutTheReaderTheSameFileIsNotAnArchiveFile()
    {
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/entries.ledger", Ledger), GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo) });

        Assert.Single(GeneratedAssembly.LoadAll(output));
    }

    [Fact]
    public void EditingOneDocumentOfAManyDocumentFileRerunsOnlyWhatThatDocumentFeeds()
    {
        // An edit of the same length, so the documents after it keep their spans.
        var result = EditSecondEntry("The second entry's last paragraph.");

        // The file is read and split again (one Inputs item, one Parsed run), but of its three documents only the
        // edited one leaves the Parsed step changed, and only its group of generated source is emitted again.
        var modified = StepRuns.Modified(result, Steps);
        Assert.Equal(new[] { TrackingNames.DocumentSources, TrackingNames.Inputs, TrackingNames.Parsed }, modified.Keys.OrderBy(k => k, StringComparer.Ordinal));
        Assert.All(modified.Values, count => Assert.Equal(1, count));
        var parsed = Assert.Single(result.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs), o => !StepRuns.IsReused(o.Reason));
        Assert.Equal("L2", ((ParsedInput)parsed.Value).Document.Id);
        var source = Assert.Single(result.TrackedSteps[TrackingNames.DocumentSources].SelectMany(s => s.Outputs), o => !StepRuns.IsReused(o.Reason));
        Assert.Equal(new[] { "SecondEntryOnShipping" }, ((ShardModel)source.Value).Documents.Select(d => d.MemberName));
    }

    [Fact]
    public void AnEditThatMovesTheLaterDocumentsStillReEmitsOnlyTheEditedOne()
    {
        var result = EditSecondEntry("The second entry, rewritten at greater length than before.");

        // The third entry's spans moved (its diagnostics must move with it), so its parse and key change; its content
        // did not, so its generated source is reused, and the catalog comes out equal.
        var parsed = result.TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs).Where(o => !StepRuns.IsReused(o.Reason));
        Assert.Equal(new[] { "L2", "L3" }, parsed.Select(o => ((ParsedInput)o.Value).Document.Id).OrderBy(id => id, StringComparer.Ordinal));
        var source = Assert.Single(result.TrackedSteps[TrackingNames.DocumentSources].SelectMany(s => s.Outputs), o => !StepRuns.IsReused(o.Reason));
        Assert.Equal(new[] { "SecondEntryOnShipping" }, ((ShardModel)source.Value).Documents.Select(d => d.MemberName));
        Assert.All(result.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs), o => Assert.True(StepRuns.IsReused(o.Reason), o.Reason.ToString()));
    }

    [Fact]
    public void AnIncludedFileNoFormatReadsIsDG0046AtItsStartAndTheRestStillGenerates()
    {
        var files = new[] { GeneratorHarness.File("/archive/notes.txt", "Working notes, not a document.\n"), GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo) };
        var include = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/archive/notes.txt"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenInclude"] = "true" },
        };

        var (_, _, output) = GeneratorHarness.Run(files, fileOptions: include);
        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files, new ArchiveDocumentAnalyzer(), fileOptions: include);

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DG0046", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/archive/notes.txt", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Line);
        Assert.Equal(0, diagnostic.Location.GetLineSpan().StartLinePosition.Character);
        Assert.Contains("the formats are: Wilson Center Markdown export (.md)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("Memorandum on the Harbour Question", Assert.Single(GeneratedAssembly.LoadAll(output)).Title);
    }

    private static GeneratorRunResult EditSecondEntry(string paragraph)
    {
        var file = GeneratorHarness.File("/archive/entries.ledger", Ledger);
        var others = new[] { GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo), GeneratorHarness.File("/archive/report.md", TestDocuments.Report) };
        var (driver, _, _) = GeneratorHarness.Run(others.Prepend(file), generator: WithLedger());
        var edited = GeneratorHarness.File(file.Path, Ledger.Replace("The second entry's only paragraph.", paragraph));
        return driver.ReplaceAdditionalText(file, edited).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
    }

    [Fact]
    public void TheDefaultGlobTakesEveryFormatsExtension()
    {
        var props = XDocument.Load(Repository.Path("src", "DocGen.Generator", "buildTransitive", "DocGen.props"));
        var globs = props.Descendants().Where(e => e.Name.LocalName == "AdditionalFiles").Select(e => (string?)e.Attribute("Include")).OfType<string>();
        var extensions = globs.SelectMany(glob => Regex.Matches(glob, @"\*(\.[A-Za-z0-9]+)").Select(m => m.Groups[1].Value)).ToHashSet(StringComparer.OrdinalIgnoreCase);

        Assert.Equal(DocumentReaders.Default.Readers.SelectMany(r => r.Extensions).OrderBy(e => e, StringComparer.Ordinal), extensions.OrderBy(e => e, StringComparer.Ordinal));
    }

    [Fact]
    public void TheTargetsCountEveryFormatsExtensionAsAnArchiveFile()
    {
        var targets = XDocument.Load(Repository.Path("src", "DocGen.Generator", "buildTransitive", "DocGen.targets"));
        var candidate = targets.Descendants().Single(e => e.Name.LocalName == "_DocGenChosen" && e.Attribute("Condition") is not null);
        var extensions = Regex.Matches((string)candidate.Attribute("Condition")!, @"'%\(AdditionalFiles\.Extension\)' == '(\.[A-Za-z0-9]+)'").Select(m => m.Groups[1].Value);

        Assert.Equal(DocumentReaders.Default.Readers.SelectMany(r => r.Extensions).OrderBy(e => e, StringComparer.Ordinal), extensions.OrderBy(e => e, StringComparer.Ordinal));
    }
}
