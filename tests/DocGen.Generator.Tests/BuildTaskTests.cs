using System;
using System.IO;
using System.Linq;
using System.Text;
using DocGen.Build;

namespace DocGen.Generator.Tests;

/// <summary>
/// What the build task (DocGen.Build.CheckArchiveText, run by DocGen.targets) makes of each archive file before the
/// compiler reads it: the real builds in ArchiveFileBuildTests show the warnings and resources; these pin each rule's edge.
/// </summary>
public class BuildTaskTests
{
    [Theory]
    [InlineData("", 10, true)]
    [InlineData("0123456789", 10, true)]
    [InlineData("0123456789A", 10, false)]
    [InlineData("text \uFFFD in it", 100, false)]
    public void CleanTextWithinTheLimitIsEmbeddable(string text, long limit, bool embeddable)
    {
        var checkedText = ArchiveText.Of(text, limit);
        Assert.Equal(embeddable, checkedText.Embeddable);
        Assert.False(checkedText.Binary);
        Assert.Equal(0, checkedText.NulLine);
    }

    [Theory]
    [InlineData("\0", 1, 1)]
    [InlineData("ab\0", 1, 3)]
    [InlineData("line one\nline two\n\0", 3, 1)]
    [InlineData("one\r\ntwo\0", 2, 4)]
    [InlineData("\uFFFD first\n then \0 and \0", 2, 7)]
    public void TheFirstNulIsLocatedByLineAndColumn(string text, int line, int column)
    {
        var checkedText = ArchiveText.Of(text, 1_000);
        Assert.True(checkedText.Binary);
        Assert.False(checkedText.Embeddable);
        Assert.Equal((line, column), (checkedText.NulLine, checkedText.NulColumn));
    }

    public static TheoryData<string, byte[], long> Files() => new()
    {
        { "ASCII", Encoding.UTF8.GetBytes("**June 5, 1951**\nBody.\n"), 100 },
        { "Cyrillic and CJK at the limit", Encoding.UTF8.GetBytes("жж 中文"), 5 },
        { "Cyrillic and CJK over the limit", Encoding.UTF8.GetBytes("жж 中文"), 4 },
        { "UTF-8 byte order mark", new byte[] { 0xEF, 0xBB, 0xBF, (byte)'a', (byte)'b' }, 2 },
        { "UTF-16 byte order mark", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes("text")).ToArray(), 10 },
        { "UTF-16 big-endian byte order mark", Encoding.BigEndianUnicode.GetPreamble().Concat(Encoding.BigEndianUnicode.GetBytes("line\n\0")).ToArray(), 10 },
        { "UTF-32 byte order mark", new UTF32Encoding(false, true).GetPreamble().Concat(new UTF32Encoding(false, true).GetBytes("ab")).ToArray(), 10 },
        { "a bad byte", new byte[] { (byte)'a', 0xFF, (byte)'b' }, 10 },
        { "a sequence cut at the end", new byte[] { (byte)'a', 0xE4, 0xB8 }, 10 },
        { "U+FFFD written out", Encoding.UTF8.GetBytes("a \uFFFD b"), 10 },
        { "an EF that is no U+FFFD", Encoding.UTF8.GetBytes("\uF900 x"), 10 },
        { "a NUL", Encoding.UTF8.GetBytes("one\r\ntwo\0"), 100 },
        { "a NUL after a bad byte", new byte[] { 0xFF, (byte)'\n', (byte)'x', 0 }, 100 },
        { "empty", Array.Empty<byte>(), 1 },
    };

    [Theory]
    [MemberData(nameof(Files))]
    public void BytesGiveWhatTheDecodedTextGives(string what, byte[] bytes, long limit)
    {
        // What File.ReadAllText gives, which the checks were first written against.
        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var expected = ArchiveText.Of(reader.ReadToEnd(), limit);
        var actual = ArchiveText.OfBytes(bytes, limit);
        Assert.True(
            (expected.Embeddable, expected.NulLine, expected.NulColumn) == (actual.Embeddable, actual.NulLine, actual.NulColumn),
            $"{what}: expected {(expected.Embeddable, expected.NulLine, expected.NulColumn)}, got {(actual.Embeddable, actual.NulLine, actual.NulColumn)}");
    }

    [Fact]
    public void AResourceNameIsShortSafeAndTellsLetterCaseApart()
    {
        var deep = string.Join("/", System.Linq.Enumerable.Repeat(new string('d', 60), 20)) + "/deep.md";
        var names = new[] { "Archive/a.md", "Archive/A.md", "Archive/o'brien, letter;1.md", deep }.Select(ResourceName.Of).ToArray();
        Assert.All(names, name => Assert.Matches("^DocGen\\.Archive\\.[0-9a-f]{16}$", name));
        Assert.All(names, name => Assert.True(Pipeline.ResourceNames.IsValid(name), name));
        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // The same path, the same name, on every machine and in every build: FNV-1a, 64 bits, over the UTF-16 code
        // units low byte first (the value worked out apart from this code).
        Assert.Equal("DocGen.Archive.a78d60c6584dbbe6", ResourceName.Of("Archive/a.md"));
    }

    [Theory]
    [InlineData("/p/project", "/p/project/Archive/a.md", "Archive/a.md")]
    [InlineData("/p/project/", "/p/project/Archive/Korea/b.md", "Archive/Korea/b.md")]
    [InlineData("/p/project", "/p/shared/x.md", "../shared/x.md")]
    [InlineData("/p/project", "/p/project/./Archive/../Archive/c.md", "Archive/c.md")]
    public void APathIsGivenFromTheProjectFolder(string folder, string path, string relative)
    {
        Assert.Equal(relative, RelativePath.Of(folder, path));
    }
}
