using System.Linq;
using System.Text;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// A file's bytes are checked before it is parsed or embedded (TextCheck): text the compiler could not read as UTF-8
/// is left out with a located DG0035, whichever way the compiler fell back; the rest of the archive still generates.
/// </summary>
public class FileBytesTests
{
    private static byte[] WithByte(string text, string marker, byte value)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = Encoding.UTF8.GetByteCount(text.Substring(0, text.IndexOf(marker, System.StringComparison.Ordinal)));
        bytes[at] = value;
        return bytes;
    }

    // Replacement (the compiler's fallback on Linux and macOS, and any file with a byte order mark) and a code page
    // (its fallback on Windows): the file is left out, located at the bad byte.
    [Theory]
    [InlineData("utf-8")]
    [InlineData("latin1")]
    public void TextNotValidUtf8IsLeftOutWithALocatedDiagnostic(string fallback)
    {
        var bytes = WithByte(TestDocuments.Memo, "Memorandum", 0xFF);
        var encoding = fallback == "latin1" ? Encoding.Latin1 : new UTF8Encoding(false);
        var bad = EmbeddedArchive.FromBytes("/archive/bad.md", bytes, encoding);
        var good = GeneratorHarness.File("/archive/good.md", TestDocuments.Telegram);

        var (_, _, output) = GeneratorHarness.Run(new[] { bad, good });
        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), new[] { bad, good }, new ArchiveDocumentAnalyzer());

        var document = Assert.Single(GeneratedAssembly.LoadAll(output));
        Assert.Equal(ArchiveDocumentParser.Parse("/archive/good.md", TestDocuments.Telegram).Title, document.Title);
        var problem = Assert.Single(diagnostics, d => d.Id == "DG0035");
        var line = TestDocuments.Memo.Substring(0, TestDocuments.Memo.IndexOf("Memorandum", System.StringComparison.Ordinal)).Count(c => c == '\n');
        var column = TestDocuments.Memo.IndexOf("Memorandum", System.StringComparison.Ordinal) - TestDocuments.Memo.LastIndexOf('\n', TestDocuments.Memo.IndexOf("Memorandum", System.StringComparison.Ordinal)) - 1;
        Assert.Equal((line, column), (problem.Location.GetLineSpan().StartLinePosition.Line, problem.Location.GetLineSpan().StartLinePosition.Character));
        Assert.Contains("<AdditionalFiles Update=\"/archive/bad.md\" DocGenInclude=\"false\" />", problem.GetMessage());
        Assert.Contains("--exclude \"bad.md\"", problem.GetMessage());
        Assert.DoesNotContain(diagnostics, d => d.Id != "DG0035" && d.Location.GetLineSpan().Path == "/archive/bad.md");
    }

    [Fact]
    public void ValidUtf8ReadStrictlyPasses()
    {
        var bytes = Encoding.UTF8.GetBytes(TestDocuments.Memo + "\uFFFD and \u00E9\n");
        var file = EmbeddedArchive.FromBytes("/archive/ok.md", bytes, new UTF8Encoding(false, throwOnInvalidBytes: true));

        Assert.Null(TextCheck.Check(file.Path, file.GetText(), file.GetText()!.ToString(), null));
    }

    [Theory]
    [InlineData(new byte[] { 0x41, 0x42 }, -1)]
    [InlineData(new byte[] { 0xEF, 0xBB, 0xBF, 0x41 }, -1)]
    [InlineData(new byte[] { 0x41, 0xC3, 0xA9, 0xE2, 0x82, 0xAC, 0xF0, 0x9F, 0x98, 0x80 }, -1)]
    [InlineData(new byte[] { 0x41, 0xFF }, 1)]
    [InlineData(new byte[] { 0x41, 0x80 }, 1)]
    [InlineData(new byte[] { 0x41, 0xC3 }, 1)]
    [InlineData(new byte[] { 0x41, 0xE2, 0x82 }, 1)]
    [InlineData(new byte[] { 0xE2, 0x82, 0x41 }, 0)]
    [InlineData(new byte[] { 0xC0, 0xAF }, 0)]
    [InlineData(new byte[] { 0xE0, 0x80, 0xAF }, 0)]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 }, 0)]
    [InlineData(new byte[] { 0xF4, 0x90, 0x80, 0x80 }, 0)]
    [InlineData(new byte[] { 0x41, 0xF0, 0x9F, 0x98 }, 1)]
    public void FirstInvalidUtf8ByteIsFound(byte[] bytes, int expected)
    {
        Assert.Equal(expected, TextCheck.FirstInvalidUtf8(bytes));

        // The same verdict as .NET's own strict decoder.
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var valid = true;
        try
        {
            strict.GetString(bytes, skip, bytes.Length - skip);
        }
        catch (DecoderFallbackException)
        {
            valid = false;
        }

        Assert.Equal(valid, expected < 0);
    }

    [Fact]
    public void TheToolChecksBytesExactly()
    {
        var bytes = WithByte("line one\nline two\n", "two", 0x00);
        var binary = TextCheck.Check("/a/scan.md", bytes, Encoding.UTF8.GetString(bytes), null);
        Assert.Equal(("DG0034", 1, 5), (binary!.Id, binary.StartLine, binary.StartColumn));

        var invalid = WithByte("line one\nline \u00E9wo\n", "\u00E9", 0xC3);
        invalid[Encoding.UTF8.GetByteCount("line one\nline ") + 1] = 0x41;
        var problem = TextCheck.Check("/a/bad.md", invalid, Encoding.UTF8.GetString(invalid), null);
        Assert.Equal(("DG0035", 1, 5), (problem!.Id, problem.StartLine, problem.StartColumn));

        Assert.Null(TextCheck.Check("/a/ok.md", Encoding.UTF8.GetBytes("fine \u00E9\n"), "fine \u00E9\n", null));
        var utf16 = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("fine\n")).ToArray();
        Assert.Null(TextCheck.Check("/a/wide.md", utf16, "fine\n", null));
    }
}
