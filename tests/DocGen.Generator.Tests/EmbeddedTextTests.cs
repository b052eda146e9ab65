using System;
using System.IO;
using System.Linq;
using System.Text;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// Archive files embedded by the build targets: long strings are sliced out of the resource at run time, never
/// compiled as literals, and what the loaded document holds is still exactly what the parser read.
/// </summary>
public class EmbeddedTextTests
{
    [Theory]
    [InlineData(TestDocuments.Telegram, "\n", false)]
    [InlineData(TestDocuments.Memo, "\r\n", true)]
    [InlineData(TestDocuments.Report, "\r", false)]
    [InlineData(TestDocuments.Hostile, "\n", true)]
    public void SlicedDocumentEqualsParsedDocument(string text, string newline, bool bom)
    {
        var archive = EmbeddedArchive.Of(bom, ("/archive/doc.md", text.Replace("\n", newline)));
        var (_, _, output) = archive.Run();
        Assert.Empty(GeneratorHarness.CompileProblems(output));

        // The parser's view of the text the compiler decoded (a lone surrogate cannot survive UTF-8, for one).
        var seen = archive.Files.Single().GetText()!.ToString();
        var parsed = ArchiveDocumentParser.Parse("/archive/doc.md", seen);

        var document = Assert.Single(GeneratedAssembly.LoadAll(output, resources: archive.Resources));
        DocumentAssert.SameAsParsed(parsed, document);
    }

    /// <summary>
    /// Line ends move every offset into the embedded file, so the generated sources of an LF and a CRLF copy differ;
    /// what docs/reliability.md promises is that the documents read at run time hold the same values.
    /// </summary>
    [Theory]
    [InlineData(TestDocuments.Memo)]
    [InlineData(TestDocuments.Hostile)]
    public void LineEndsChangeTheSourcesButNotTheValuesReadAtRunTime(string text)
    {
        var lf = EmbeddedArchive.Of(("/archive/doc.md", text.Replace("\r\n", "\n")));
        var crlf = EmbeddedArchive.Of(("/archive/doc.md", text.Replace("\r\n", "\n").Replace("\n", "\r\n")));
        var (_, lfResult, lfOutput) = lf.Run();
        var (_, crlfResult, crlfOutput) = crlf.Run();

        Assert.NotEqual(Sources(lfResult), Sources(crlfResult));
        var parsed = ArchiveDocumentParser.Parse("/archive/doc.md", lf.Files.Single().GetText()!.ToString());
        DocumentAssert.SameAsParsed(parsed, Assert.Single(GeneratedAssembly.LoadAll(lfOutput, resources: lf.Resources)));
        DocumentAssert.SameAsParsed(parsed, Assert.Single(GeneratedAssembly.LoadAll(crlfOutput, resources: crlf.Resources)));
    }

    private static string Sources(Microsoft.CodeAnalysis.GeneratorDriverRunResult result) =>
        string.Join("\n", result.GeneratedTrees.OrderBy(t => t.FilePath, StringComparer.Ordinal).Select(t => t.ToString()));

    [Fact]
    public void LongStringsAreSlicesAndNotLiterals()
    {
        var (_, result, _) = EmbeddedArchive.Of(("/archive/doc.md", TestDocuments.Memo)).Run();
        var source = result.GeneratedTrees.Single(t => !t.FilePath.EndsWith(".Catalog.g.cs", StringComparison.Ordinal)).ToString();
        var parsed = ArchiveDocumentParser.Parse("/archive/doc.md", TestDocuments.Memo);

        // The resource name is pooled (the file's length is in the record); no paragraph is.
        Assert.Contains("new global::DocGen.Storage.DocumentShard(", source);
        Assert.Contains("DocGen.Archive/archive/doc.md", source);
        foreach (var paragraph in parsed.Body.Where(p => p.Length > 32))
        {
            Assert.DoesNotContain(Escaped(paragraph), source);
        }
    }

    [Fact]
    public void AnIdNotInTheFileLeavesTheRestSliced()
    {
        // No URL: the id is the file name, which the text does not hold. Searching for it character by character
        // once spent the document's whole search budget, and every later string became a literal.
        const string path = "/archive/0088450_0088451_0088452_0088453_0088454.md";
        var text = "**June 5, 1951**\n**Memorandum of Conversation between the Two Delegations**\n\n"
            + "The delegations met at the embassy and agreed on the order of business for the coming week.\n\n"
            + "Both sides stressed the importance of the railway agreement for the development of relations.\n\n"
            + string.Concat(Enumerable.Range(1, 8).Select(i => "Point " + i + " of the protocol was read, discussed at length and approved without changes by both sides.\n\n"));
        var (_, result, output) = EmbeddedArchive.Of((path, text)).Run();
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var source = result.GeneratedTrees.Single(t => !t.FilePath.EndsWith(".Catalog.g.cs", StringComparison.Ordinal)).ToString();

        var parsed = ArchiveDocumentParser.Parse(path, text);
        Assert.Equal("0088450_0088451_0088452_0088453_0088454", parsed.Id);
        Assert.Contains(parsed.Id, source);
        Assert.Equal(10, parsed.Body.Count);
        foreach (var paragraph in parsed.Body)
        {
            Assert.DoesNotContain(Escaped(paragraph), source);
        }
    }

    [Fact]
    public void AnArchiveLargerThanTheUserStringHeapCompilesAndLoads()
    {
        // Three documents of 3M characters: 18 MB as literals, more than the heap of 2^24 bytes (CS8103).
        var files = new[] { TestDocuments.Telegram, TestDocuments.Memo, TestDocuments.Report }
            .Select((text, i) => ("/archive/large" + i + ".md", Padded(text, 3_000_000)))
            .ToArray();
        var archive = EmbeddedArchive.Of(files);
        var (_, _, output) = archive.Run();

        var documents = GeneratedAssembly.LoadAll(output, resources: archive.Resources);

        Assert.Equal(3, documents.Count);
        Assert.All(documents, d => Assert.True(d.Body.Sum(p => p.Length) > 2_900_000));

        // Not embedded, every text is pooled in the shards' UTF-8 literals, which live in the assembly's data, not in the
        // string heap: the same archive compiles and loads too (as string literals it failed with CS8103).
        var (_, _, literal) = GeneratorHarness.Run(archive.Files);
        var fromLiterals = GeneratedAssembly.LoadAll(literal);
        Assert.Equal(documents.Select(d => d.Body.Sum(p => p.Length)), fromLiterals.Select(d => d.Body.Sum(p => p.Length)));
    }

    [Fact]
    public void ADocumentAtTheSizeLimitCompilesAndLoads()
    {
        var text = Padded(TestDocuments.Telegram, ArchiveDocumentParser.DefaultMaxLength);
        Assert.Equal(ArchiveDocumentParser.DefaultMaxLength, text.Length);
        var archive = EmbeddedArchive.Of(("/archive/telegram.md", text));
        var (_, _, output) = archive.Run();

        var document = Assert.Single(GeneratedAssembly.LoadAll(output, resources: archive.Resources));

        Assert.Equal(ArchiveDocumentParser.Parse("/archive/telegram.md", text).Body.ToArray(), document.Body.ToArray());
    }

    [Fact]
    public void AMissingResourceFailsWithAMessageThatSaysWhatToDo()
    {
        var (_, _, output) = EmbeddedArchive.Of(("/archive/doc.md", TestDocuments.Memo)).Run();

        var error = Assert.ThrowsAny<Exception>(() => GeneratedAssembly.LoadAll(output, resources: null));

        var inner = error is System.Reflection.TargetInvocationException or TypeInitializationException ? Innermost(error) : error;
        var message = Assert.IsType<InvalidOperationException>(inner).Message;
        Assert.Contains("'DocGen.Archive/archive/doc.md' is not embedded", message);
        Assert.Contains("DocGenEmbedDocuments=false", message);
    }

    [Fact]
    public void TextTheCompilerCouldNotReadAsUtf8IsLeftOut()
    {
        // The compiler falls back to a code page for bytes that are not UTF-8 (on Windows): the text is not what the
        // file says, and the runtime could not decode the resource either. The file is left out, not sliced.
        var bytes = Encoding.Latin1.GetBytes(TestDocuments.Memo.Replace("Memorandum", "M\u00E9morandum"));
        var file = EmbeddedArchive.FromBytes("/archive/doc.md", bytes, Encoding.Latin1);
        var options = EmbeddedArchive.Of(("/archive/doc.md", TestDocuments.Memo)).FileOptions;

        var (_, result, output) = GeneratorHarness.Run(new[] { file }, fileOptions: options);

        Assert.DoesNotContain(result.GeneratedTrees, t => t.ToString().Contains("ArchiveText.Load", StringComparison.Ordinal));
        Assert.Empty(GeneratedAssembly.LoadAll(output));
    }

    /// <summary>The value as it would appear inside a literal: pooled strings run together in one, unquoted.</summary>
    private static string Escaped(string value) => value.Replace("\\", "\\\\").Replace("\"", "\\\"").Replace("\n", "\\n");

    private static Exception Innermost(Exception error) => error.InnerException is null ? error : Innermost(error.InnerException);

    /// <summary>The document, then filler lines of its last paragraph up to exactly <paramref name="length"/> characters.</summary>
    private static string Padded(string document, int length)
    {
        const string line = "Filler line of the body, to reach the size exactly.\n";
        var text = new StringBuilder(document, length).Append('\n');
        while (text.Length + line.Length <= length)
        {
            text.Append(line);
        }

        return text.Append('x', length - text.Length).ToString();
    }
}
