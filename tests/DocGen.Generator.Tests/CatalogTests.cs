using System.Collections.Generic;
using System.Linq;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Tests;

/// <summary>Cross-file rules: unique member names, duplicate ids, overrides, ordering, lookups.</summary>
public class CatalogTests
{
    private static string Doc(string date, string title, string id) =>
        $"**{date}**  \n**{title}**\n\n**Citation:**\n\n\"{title}\", {date}, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <https://digitalarchive.wilsoncenter.org/document/{id}>\n\nBody.\n";

    /// <summary>Documents all dated May 1, 1950, in files /a/1.md, /a/2.md, ... in the order given.</summary>
    private static AdditionalText[] SameDay(params (string Title, string Id)[] documents) =>
        documents.Select((d, i) => GeneratorHarness.File("/a/" + (i + 1) + ".md", Doc("May 1, 1950", d.Title, d.Id))).ToArray();

    [Fact]
    public void SameTitleGetsIdSuffixAndAWarningNamingBothFiles()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.File("/a/first.md", Doc("May 1, 1950", "Note on Trade", "700001")),
            GeneratorHarness.File("/a/second.md", Doc("May 2, 1950", "Note on Trade", "700002")),
        });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0013", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("/a/second.md", warning.Location.GetLineSpan().Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 2), new LinePosition(1, 15)), warning.Location.GetLineSpan().Span);
        Assert.Contains("/a/first.md", warning.GetMessage());
        Assert.Contains("NoteOnTrade_700002", warning.GetMessage());
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.NoteOnTradeConstants"));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.NoteOnTrade_700002Constants"));
    }

    [Fact]
    public void NamesThatDifferOnlyInCaseDoNotCollideInHintNames()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.File("/a/one.md", Doc("May 1, 1950", "NOTE on trade", "700001")),
            GeneratorHarness.File("/a/two.md", Doc("May 2, 1950", "Note On Trade", "700002")),
        });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(3, result.Results.Single().GeneratedSources.Length);
        Assert.Equal("DG0013", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void DuplicateIdIsAnErrorAndTheSecondFileIsLeftOut()
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.File("/a/b.md", Doc("May 2, 1950", "Copy of the Note", "700001")),
            GeneratorHarness.File("/a/a.md", Doc("May 1, 1950", "The Note", "700001")),
        });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0012", error.Id);
        Assert.Equal(DiagnosticSeverity.Error, error.Severity);
        Assert.Equal("/a/b.md", error.Location.GetLineSpan().Path);
        // The URL the id comes from, not the whole citation line.
        Assert.Equal(new LinePositionSpan(new LinePosition(5, 90), new LinePosition(5, 145)), error.Location.GetLineSpan().Span);
        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/700001", Doc("May 2, 1950", "Copy of the Note", "700001").Split('\n')[5].Substring(90, 55));
        Assert.Contains("/a/a.md", error.GetMessage());
        Assert.Null(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.CopyOfTheNoteConstants"));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.TheNoteConstants"));
    }

    [Fact]
    public void DuplicateIdFromFileNamesPointsAtTheCitation()
    {
        // No URL: the id is the file name, so the span falls back to the citation paragraph.
        var text = "**May 1, 1950**  \n**The Note**\n\n**Citation:**\n\n\"The Note\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3.\n\nBody.\n";
        var (_, result, _) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/y/notes.md", text), GeneratorHarness.File("/a/x/notes.md", text) });

        var error = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0012", error.Id);
        Assert.Equal("/a/y/notes.md", error.Location.GetLineSpan().Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(5, 0), new LinePosition(5, 80)), error.Location.GetLineSpan().Span);
    }

    // The passing inputs of DG0013 and DG0012: their failing inputs above with the titles or the ids made different.
    [Theory]
    [InlineData("Note on Trade", "700001", "Note on Shipping", "700002", "NoteOnTrade", "NoteOnShipping")]
    [InlineData("The Note", "700001", "Copy of the Note", "700002", "TheNote", "CopyOfTheNote")]
    public void DifferentTitlesAndIdsGetTheirOwnMembersWithNoDiagnostic(string title1, string id1, string title2, string id2, string member1, string member2)
    {
        var (_, result, output) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.File("/a/a.md", Doc("May 1, 1950", title1, id1)),
            GeneratorHarness.File("/a/b.md", Doc("May 2, 1950", title2, id2)),
        });

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments." + member1 + "Constants"));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments." + member2 + "Constants"));
    }

    [Fact]
    public void ReservedAndKeywordLikeTitlesGetUsableNames()
    {
        var (_, result, output) = GeneratorHarness.Run(SameDay(
            ("All", "1"), ("class", "2"), ("1950 Plan", "3"), ("Archive", "4"), ("Письмо Сталину", "5"), ("毛泽东致斯大林电报", "6"), ("Title", "7")));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        foreach (var name in new[] { "All_1", "Class", "D1950Plan", "Archive_4", "ПисьмоСталину", "毛泽东致斯大林电报", "Title_7" })
        {
            Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments." + name + "Constants"));
        }

        Assert.Equal(3, result.Diagnostics.Count(d => d.Id == "DG0013"));
    }

    [Fact]
    public void MemberNameOverrideFromItemMetadata()
    {
        var options = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/a/1.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenMemberName"] = "StalinToMao" },
            ["/a/2.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenMemberName"] = "not valid!" },
        };
        var (_, result, output) = GeneratorHarness.Run(
            new[] { GeneratorHarness.File("/a/1.md", Doc("May 1, 1950", "Long Title One", "1")), GeneratorHarness.File("/a/2.md", Doc("May 1, 1950", "Long Title Two", "2")) },
            fileOptions: options);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.StalinToMaoConstants"));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.LongTitleTwoConstants"));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0011", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal("/a/2.md", warning.Location.GetLineSpan().Path);
        Assert.Equal(new LinePositionSpan(new LinePosition(1, 2), new LinePosition(1, 16)), warning.Location.GetLineSpan().Span);
    }

    [Fact]
    public void ValidMemberNameOverrideIsUsedWithNoDiagnostic()
    {
        var options = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/a/2.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenMemberName"] = "TradeNote" },
        };
        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/2.md", Doc("May 1, 1950", "Long Title Two", "2")) }, fileOptions: options);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.TradeNoteConstants"));
        Assert.Null(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.LongTitleTwoConstants"));
    }

    [Fact]
    public void IncludeMetadataAddsOtherFilesAndExcludesMarkdown()
    {
        var options = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/a/1.txt"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenInclude"] = "true" },
            ["/a/2.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenInclude"] = "false" },
        };
        var (_, result, output) = GeneratorHarness.Run(
            new[]
            {
                GeneratorHarness.File("/a/1.txt", Doc("May 1, 1950", "From Text File", "1")),
                GeneratorHarness.File("/a/2.md", TestDocuments.NotADocument),
                GeneratorHarness.File("/a/3.txt", TestDocuments.NotADocument),
            },
            fileOptions: options);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.FromTextFileConstants"));
    }

    [Fact]
    public void CatalogNameAndNamespaceComeFromMsBuildProperties()
    {
        var global = new Dictionary<string, string>
        {
            ["build_property.RootNamespace"] = "Ignored",
            ["build_property.DocGenNamespace"] = "History.Sources",
            ["build_property.DocGenCatalogName"] = "Sources",
        };
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/1.md", Doc("May 1, 1950", "Note", "1")) }, global);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.NotNull(output.GetTypeByMetadataName("History.Sources.Sources"));
        Assert.NotNull(output.GetTypeByMetadataName("History.Sources.SourcesDocuments.NoteConstants"));
    }

    [Fact]
    public void AllIsOrderedByDateThenIdAndLookupsWork()
    {
        var (_, _, output) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.File("/a/1.md", Doc("1951", "Later Year", "30")),
            GeneratorHarness.File("/a/2.md", Doc("May 1, 1950", "Second", "20")),
            GeneratorHarness.File("/a/3.md", Doc("May 1, 1950", "First", "10")),
            GeneratorHarness.File("/a/4.md", "**Undated Note Title**\n\nBody.\n"),
            GeneratorHarness.File("/a/5.md", Doc("April 1950", "Month Only", "5")),
        });

        var catalog = GeneratedAssembly.LoadCatalog(output);
        var all = (IEnumerable<DocGen.ArchiveDocument>)catalog.GetProperty("All")!.GetValue(null)!;

        Assert.Equal(new[] { "5", "10", "20", "30", "4" }, all.Select(d => d.Id));
        Assert.Equal(
            new[] { "Month Only", "First", "Second", "Later Year", "Undated Note Title" },
            new[] { "5", "10", "20", "30", "4" }.Select(id => GeneratedAssembly.TryGet(catalog, id)!.Title));
        Assert.Null(GeneratedAssembly.TryGet(catalog, "1"));
        Assert.Null(GeneratedAssembly.TryGet(catalog, "100"));
    }

    [Fact]
    public void SameDateIdsAreOrderedByNumberThenOtherIdsAsText()
    {
        // Ordinal order would put "10" and "100" before "9"; the slug goes after every number.
        var (_, _, output) = GeneratorHarness.Run(SameDay(("Alpha", "100"), ("Beta", "10"), ("Gamma", "9"), ("Delta", "1-note-on-trade"), ("Epsilon", "0011")));

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(new[] { "9", "10", "0011", "100", "1-note-on-trade" }, GeneratedAssembly.LoadAll(output).Select(d => d.Id));
    }
}
