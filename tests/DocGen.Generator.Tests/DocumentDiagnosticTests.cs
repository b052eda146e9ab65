using System.Collections.Generic;
using System.Linq;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Tests;

/// <summary>
/// Each per-document diagnostic: a failing input (id, severity and exact span) and the same input fixed (no
/// diagnostic at all). The analyzer reports them; the generator must not report them again.
/// </summary>
public class DocumentDiagnosticTests
{
    private const string Url = TestDocuments.NoteUrl;

    private static string Doc(string date = "May 1, 1950", string title = "Note on Trade", string? citation = null, string sections = "", string body = "Body.") =>
        TestDocuments.Note(date, title, citation, sections, body);

    public static IEnumerable<object[]> Cases() => new[]
    {
        Case("DG0001", DiagnosticSeverity.Error, "[|# Notes|]\n\nText.\n", Doc()),
        Case("DG0002", DiagnosticSeverity.Error, "[||]", Doc()),
        Case("DG0003", DiagnosticSeverity.Error, "**[|May 1, 1950|]**\n\n**Summary:**\n\nS.\n", Doc()),
        Case("DG0004", DiagnosticSeverity.Warning, "[||]**A Title That Is Not a Date**\n\nBody.\n", Doc()),
        Case("DG0005", DiagnosticSeverity.Warning, Doc(date: "[|Spring of that year|]"), Doc()),
        Case("DG0006", DiagnosticSeverity.Warning, "**May 1, 1950**  \n**[|Note on Trade|]**\n\nBody.\n", Doc()),
        Case("DG0007", DiagnosticSeverity.Info, Doc(citation: "[|\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3.|]"), Doc()),
        Case("DG0008", DiagnosticSeverity.Warning, Doc(sections: "[|**Summary:**|]\n\n**Contents:**\n\nTranslation - English\n\n"), Doc(sections: "**Summary:**\n\nS.\n\n")),
        Case("DG0009", DiagnosticSeverity.Warning, Doc(sections: "**Summary:**\n\nS.\n\n[|**Summary:**|]\n\nT.\n\n"), Doc(sections: "**Summary:**\n\nS.\n\n")),
        Case("DG0010", DiagnosticSeverity.Info, Doc(sections: "[|**Keywords:**|]\n\nTrade\n\n"), Doc(sections: "**Summary:**\n\nTrade\n\n")),
        Case("DG0016", DiagnosticSeverity.Warning, Doc(citation: "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <[|digitalarchive/document/500100|]>"), Doc()),
        Case("DG0018", DiagnosticSeverity.Warning, Doc(citation: $"\"Note on Trade\", [|May 2, 1950|], Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. {Url}"), Doc()),
        Case("DG0019", DiagnosticSeverity.Warning, Doc(citation: $"\"[|Note on Shipping|]\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. {Url}"), Doc()),
        Case("DG0020", DiagnosticSeverity.Info, Doc(sections: "**Original Language:**\n\nRussian, [|Klingon|]\n\n"), Doc(sections: "**Original Language:**\n\nRussian, German\n\n")),
        Case("DG0021", DiagnosticSeverity.Info, Doc(citation: $"\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, [|Private papers of the Example family|]. {Url}"), Doc()),
        Case("DG0022", DiagnosticSeverity.Warning, Doc(citation: $"\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3, ll. [|18-17|]. {Url}"), Doc(citation: $"\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3, ll. 17-18. {Url}")),
        Case("DG0023", DiagnosticSeverity.Warning, Doc(body: "Pay the [|\u202E|]sum of 100."), Doc(body: "Pay the sum of 100.")),
        Case("DG0025", DiagnosticSeverity.Warning, "**May 1, 1950**  \n**[|Note on Trade|]\n**Citation:**\n\n\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <https://digitalarchive.wilsoncenter.org/document/500100>\n", Doc()),
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void FailingInputIsReportedAtItsExactSpan(string id, DiagnosticSeverity severity, string marked, string fixedText)
    {
        var (text, span) = MarkedText.Parse(marked);

        var diagnostics = Analyze(("/archive/doc.md", text));

        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Equal("/archive/doc.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(span, diagnostic.Location.GetLineSpan().Span);
        Assert.False(string.IsNullOrWhiteSpace(diagnostic.Descriptor.HelpLinkUri));
        Assert.Empty(Analyze(("/archive/doc.md", fixedText)));
    }

    [Fact]
    public void FileOverTheSizeLimitIsReportedAndNotParsed()
    {
        var options = new Dictionary<string, string> { ["build_property.DocGenMaxFileSize"] = "40" };

        var diagnostics = Analyze(options, ("/archive/doc.md", Doc()));

        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal("DG0015", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/archive/doc.md", diagnostic.Location.GetLineSpan().Path);

        // The whole file is too large: the diagnostic sits at its start, an empty span.
        Assert.Equal(new TextSpan(0, 0), diagnostic.Location.SourceSpan);
        Assert.Equal(new LinePositionSpan(default, default), diagnostic.Location.GetLineSpan().Span);
        Assert.Contains("over the limit of 40", diagnostic.GetMessage());
        Assert.Empty(Analyze(new Dictionary<string, string> { ["build_property.DocGenMaxFileSize"] = "100000" }, ("/archive/doc.md", Doc())));
    }

    [Theory]
    [InlineData("June 31, 1951", "its month has no such day")]
    [InlineData("6/5/1951", "either number could be the month")]
    [InlineData("June 5-3, 1951", "the range ends before it starts")]
    [InlineData("1960-1950", "the range ends before it starts")]
    [InlineData("Spring of that year", "write it as 'June 5, 1951'")]
    public void AnUnreadDateNamesItsProblemAtTheDate(string date, string problem)
    {
        var (text, span) = MarkedText.Parse(Doc(date: "[|" + date + "|]"));

        var diagnostic = Assert.Single(Analyze(("/archive/doc.md", text)));

        Assert.Equal("DG0005", diagnostic.Id);
        Assert.Equal(span, diagnostic.Location.GetLineSpan().Span);
        Assert.Equal("The date '" + date + "' cannot be read: " + DocGen.Core.Dates.DateFaultMessages.For(DocGen.Core.Dates.DateParser.Parse(date).Fault), diagnostic.GetMessage());
        Assert.Contains(problem, diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/../..")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/500100/..")]
    public void AUrlThatNamesNoDocumentIsReportedAndTheFileNameIsTheId(string url)
    {
        var (text, span) = MarkedText.Parse(Doc(citation: "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <[|" + url + "|]>"));

        var diagnostic = Assert.Single(Analyze(("/archive/500101.md", text)));

        Assert.Equal("DG0016", diagnostic.Id);
        Assert.Equal(span, diagnostic.Location.GetLineSpan().Span);
        Assert.Contains("names no document", diagnostic.GetMessage());
        Assert.Equal("500101", DocGen.Core.Formats.Markdown.ArchiveDocumentParser.Parse("/archive/500101.md", text).Id);
    }

    [Fact]
    public void UrlIdThatDisagreesWithANumericFileName()
    {
        var (text, span) = MarkedText.Parse(Doc(citation: "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <[|https://digitalarchive.wilsoncenter.org/document/500100|]>"));

        var diagnostic = Assert.Single(Analyze(("/archive/500101.md", text)));

        Assert.Equal("DG0017", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(span, diagnostic.Location.GetLineSpan().Span);
        Assert.Contains("the file name says 500101", diagnostic.GetMessage());
        Assert.Empty(Analyze(("/archive/500100.md", text)));
    }

    [Fact]
    public void UrlIdThatDisagreesWithAnIdSection()
    {
        var (text, span) = MarkedText.Parse(Doc(
            citation: "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <[|https://digitalarchive.wilsoncenter.org/document/500100|]>",
            sections: "**Document ID:**\n\n500101\n\n"));

        // An ID section is also an unknown section (DG0010, info); only DG0017 is about the disagreement.
        var diagnostic = Assert.Single(Analyze(("/archive/doc.md", text)), d => d.Id != "DG0010");

        Assert.Equal("DG0017", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal(span, diagnostic.Location.GetLineSpan().Span);
        Assert.Equal("The URL gives the document id '500100' but the Document ID section says 500101; correct whichever is wrong", diagnostic.GetMessage());
        Assert.Equal(new[] { "DG0010" }, Analyze(("/archive/doc.md", text.Replace("\n500101\n", "\n500100\n"))).Select(d => d.Id));
    }

    [Fact]
    public void SameShelfmarkInTwoDocumentsWarnsTheLaterFile()
    {
        var (other, span) = MarkedText.Parse(Doc(title: "Other Note", citation: "\"Other Note\", May 1, 1950, Wilson Center Digital Archive, [|APRF, f.1, op.2, d.3|]. <https://digitalarchive.wilsoncenter.org/document/500101>"));

        var diagnostic = Assert.Single(Analyze(("/archive/b.md", other), ("/archive/a.md", Doc())));

        Assert.Equal("DG0024", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("/archive/b.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(span, diagnostic.Location.GetLineSpan().Span);
        Assert.Contains("/archive/a.md", diagnostic.GetMessage());
        Assert.Empty(Analyze(("/archive/b.md", other.Replace("d.3.", "d.4.")), ("/archive/a.md", Doc())));
    }

    [Fact]
    public void SameShelfmarkAsASecondReferencePointsAtThatReference()
    {
        var (other, span) = MarkedText.Parse(Doc(title: "Other Note", citation: "\"Other Note\", May 1, 1950, Wilson Center Digital Archive, RGASPI, f. 17, op. 2, d. 3; and\n[|APRF, f. 1, op. 2, d. 3|]. <https://digitalarchive.wilsoncenter.org/document/500101>"));

        var diagnostic = Assert.Single(Analyze(("/archive/b.md", other), ("/archive/a.md", Doc())));

        Assert.Equal("DG0024", diagnostic.Id);
        Assert.Equal(span, diagnostic.Location.GetLineSpan().Span);
    }

    [Fact]
    public void CleanDocumentHasNoDiagnosticAtAll() => Assert.Empty(Analyze(("/archive/doc.md", Doc(sections: "**Summary:**\n\nS.\n\n**Original Language:**\n\nRussian\n\n**Contents:**\n\nTranslation - English\n\n"))));

    [Fact]
    public void TheGeneratorDoesNotReportWhatTheAnalyzerReports()
    {
        var (_, result, _) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", "# Notes\n"), GeneratorHarness.File("/archive/d2.md", Doc(date: "Spring")) });

        Assert.Empty(result.Diagnostics);
    }

    private static object[] Case(string id, DiagnosticSeverity severity, string marked, string fixedText) => new object[] { id, severity, marked, fixedText };

    private static IReadOnlyList<Diagnostic> Analyze(params (string Path, string Text)[] files) => Analyze(null, files);

    private static IReadOnlyList<Diagnostic> Analyze(IReadOnlyDictionary<string, string>? options, params (string Path, string Text)[] files) =>
        GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files.Select(f => GeneratorHarness.File(f.Path, f.Text)), new ArchiveDocumentAnalyzer(), options);
}
