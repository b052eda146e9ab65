using System;
using System.Globalization;
using System.Linq;
using System.Threading;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>Same documents, byte-identical output: whatever the file order, line ends, BOM, culture or time zone.</summary>
public class DeterminismTests
{
    private static readonly (string Path, string Text)[] Archive =
    {
        ("/archive/telegram.md", TestDocuments.Telegram),
        ("/archive/memo.md", TestDocuments.Memo),
        ("/archive/report.md", TestDocuments.Report),
        ("/archive/hostile.md", TestDocuments.Hostile),

        // Same title as memo.md: which of the two gets the suffixed name must not depend on the order.
        ("/archive/memo-copy.md", TestDocuments.Memo.Replace("900002", "900003")),
    };

    [Fact]
    public void FileOrderDoesNotMatter()
    {
        var expected = Generate(Archive);

        Assert.Equal(expected, Generate(Archive.Reverse().ToArray()));
        Assert.Equal(expected, Generate(new[] { Archive[2], Archive[4], Archive[0], Archive[3], Archive[1] }));
    }

    [Theory]
    [InlineData("\r\n", false)]
    [InlineData("\r", false)]
    [InlineData("\n", true)]
    [InlineData("\r\n", true)]
    public void LineEndingsAndByteOrderMarkDoNotMatter(string newline, bool bom)
    {
        var expected = Generate(Archive);

        var converted = Archive.Select(d => (d.Path, (bom ? "\uFEFF" : string.Empty) + d.Text.Replace("\n", newline))).ToArray();

        Assert.Equal(expected, Generate(converted));
    }

    [Theory]
    [InlineData("tr-TR")]
    [InlineData("ar-SA")]
    [InlineData("ja-JP")]
    public void CultureDoesNotMatter(string culture)
    {
        var expected = Generate(Archive);
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            Assert.Equal(expected, Generate(Archive));
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    [Fact]
    public void OutputUsesOnlyLineFeeds()
    {
        var output = Generate(Archive);

        Assert.DoesNotContain("\r", output);
    }

    /// <summary>All generated files, by hint name, as one string.</summary>
    private static string Generate((string Path, string Text)[] documents)
    {
        var (_, result, _) = GeneratorHarness.Run(documents.Select(d => GeneratorHarness.File(d.Path, d.Text)));
        var sources = result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal);
        return string.Join("\n=====\n", sources.Select(s => s.HintName + "\n" + s.SourceText));
    }
}
