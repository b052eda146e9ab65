using System;
using System.Threading;
using DocGen.Core.Formats;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Tests;

/// <summary>
/// Fault injection: a parser bug on one file becomes DG0014 at the start of that file and leaves the document out of
/// the catalog, instead of failing the whole generator (CS8785). No known input makes the parser throw, so the test
/// hands the stage a parser that does.
/// </summary>
public class ParseFaultTests
{
    private static readonly DocumentInput Input = new("/archive/memo.md", TestDocuments.Memo, null, ArchiveDocumentParser.DefaultMaxLength, "DocGen.Archive/memo.md");

    [Fact]
    public void AnExceptionWhileParsingBecomesDG0014AtTheStartOfTheFileAndTheDocumentIsLeftOut()
    {
        var parsed = Assert.Single(DocumentStage.Parse(Input, (_, _, _) => throw new InvalidOperationException("injected fault"), CancellationToken.None));

        var diagnostic = Assert.Single(parsed.Diagnostics).ToDiagnostic();
        Assert.Equal("DG0014", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal("/archive/memo.md", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new TextSpan(0, 0), diagnostic.Location.SourceSpan);
        Assert.Equal(new LinePositionSpan(new LinePosition(0, 0), new LinePosition(0, 0)), diagnostic.Location.GetLineSpan().Span);
        Assert.Equal(
            "DocGen could not process this document (InvalidOperationException: injected fault); it is left out and the rest of the archive still generates. Please report this with the file",
            diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Null(parsed.Key);
        Assert.Null(parsed.Embedded);
    }

    [Fact]
    public void WithoutAFaultTheDocumentIsParsedAndNothingIsReported()
    {
        var parsed = Assert.Single(DocumentStage.Parse(Input, DocumentReaders.Default, CancellationToken.None));

        Assert.Empty(parsed.Diagnostics);
        Assert.Equal("Memorandum on the Harbour Question", parsed.Key?.Title);
        Assert.NotNull(parsed.Embedded);
    }

    /// <summary>Cancellation is not a fault: it must reach the driver, not become DG0014.</summary>
    [Fact]
    public void CancellationWhileParsingIsNotCaught() =>
        Assert.Throws<OperationCanceledException>(() => DocumentStage.Parse(Input, (_, _, _) => throw new OperationCanceledException(), CancellationToken.None));
}
