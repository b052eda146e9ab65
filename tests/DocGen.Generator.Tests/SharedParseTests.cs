using System.IO;
using System.Linq;
using System.Text;
using DocGen.Core.Formats;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Problems;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Sharing;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Tests;

/// <summary>In a build the analyzer reuses the generator's parse of each file, and a reused parse is never a wrong one.</summary>
public class SharedParseTests
{
    [Fact]
    public void TheAnalyzerGetsTheParseTheGeneratorMade()
    {
        // A text of its own: the constant is one interned string, and a test running alongside whose analyzer takes
        // the same path's parse would take this one.
        var file = GeneratorHarness.File("/archive/shared-parse/telegram.md", new StringBuilder(TestDocuments.Telegram).ToString());
        var (_, result, _) = GeneratorHarness.Run(new[] { file });
        var generated = (ParsedInput)Assert.Single(result.Results.Single().TrackedSteps[TrackingNames.Parsed].SelectMany(s => s.Outputs)).Value;

        // What the analyzers ask for: the same AdditionalText's text, the same path and limit. The id analyzer peeks and
        // leaves the parse; the document analyzer takes it, and it is forgotten (not kept alive through the compilation).
        var peeked = Assert.Single(SharedParse.Peek(file.Path, file.GetText(), ArchiveDocumentParser.DefaultMaxLength, DocumentReaders.Default));
        var taken = Assert.Single(SharedParse.Take(file.Path, file.GetText(), ArchiveDocumentParser.DefaultMaxLength, DocumentReaders.Default));
        var again = Assert.Single(SharedParse.Take(file.Path, file.GetText(), ArchiveDocumentParser.DefaultMaxLength, DocumentReaders.Default));

        Assert.Same(generated.Document, peeked);
        Assert.Same(generated.Document, taken);
        Assert.NotSame(taken, again);
        Assert.Equal(taken, again);
    }

    [Fact]
    public void TheAnalyzerReportsTheSameWhetherOrNotItReusesAParse()
    {
        var shared = GeneratorHarness.File("/archive/hostile.md", TestDocuments.Hostile);
        GeneratorHarness.Run(new[] { shared });
        var fresh = GeneratorHarness.File("/archive/hostile.md", new StringBuilder(TestDocuments.Hostile).ToString());

        var reused = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), new[] { shared }, new ArchiveDocumentAnalyzer());
        var parsedAgain = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), new[] { fresh }, new ArchiveDocumentAnalyzer());

        Assert.NotEmpty(reused);
        Assert.Equal(parsedAgain.Select(d => d.ToString()), reused.Select(d => d.ToString()));
    }

    [Fact]
    public void AnotherPathLimitOrReaderListParsesAgain()
    {
        var text = new StringBuilder(TestDocuments.Memo).ToString();
        var readers = DocumentReaders.Default;
        var first = Assert.Single(SharedParse.Parse("/a/memo.md", text, ArchiveDocumentParser.DefaultMaxLength, readers));

        var otherPath = Assert.Single(SharedParse.Parse("/b/memo.md", text, ArchiveDocumentParser.DefaultMaxLength, readers));
        var otherLimit = Assert.Single(SharedParse.Parse("/a/memo.md", text, 10, readers));
        var otherReaders = SharedParse.Parse("/a/memo.md", text, ArchiveDocumentParser.DefaultMaxLength, new DocumentReaders(readers.Readers));

        Assert.Same(first, Assert.Single(SharedParse.Parse("/a/memo.md", text, ArchiveDocumentParser.DefaultMaxLength, readers)));
        Assert.NotSame(first, Assert.Single(otherReaders));
        Assert.Equal("/b/memo.md", otherPath.Path);
        Assert.Equal(first.Title, otherPath.Title);
        Assert.Contains(otherLimit.Problems, p => p.Code == ProblemCode.FileTooLarge);
        Assert.DoesNotContain(first.Problems, p => p.Code == ProblemCode.FileTooLarge);
    }

    [Fact]
    public void OneSourceTextGivesOneString()
    {
        // A large text read from a stream is stored in chunks: each ToString() builds a new string.
        var source = SourceText.From(new MemoryStream(Encoding.UTF8.GetBytes(TestDocuments.Memo + new string('x', 200_000))));
        Assert.NotSame(source.ToString(), source.ToString());

        Assert.Same(SharedParse.TextOf(source), SharedParse.TextOf(source));
        Assert.Equal(source.ToString(), SharedParse.TextOf(source));
        Assert.Equal(string.Empty, SharedParse.TextOf(null));
    }
}
