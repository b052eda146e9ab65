using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

public class SnapshotTests
{
    [Fact]
    public void GeneratesDocumentFilesAndTheCatalog()
    {
        var (_, result, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.File("/archive/telegram.md", TestDocuments.Telegram),
            GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo),
            GeneratorHarness.File("/archive/readme.md", TestDocuments.NotADocument),
        });

        Snapshot.Verify(result);
    }

    [Fact]
    public void ReportsCrossFileDiagnostics()
    {
        var (_, result, _) = GeneratorHarness.Run(new[]
        {
            GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo),
            GeneratorHarness.File("/archive/memo-copy.md", TestDocuments.Memo),
            GeneratorHarness.File("/archive/memo-later.md", TestDocuments.Memo.Replace("900002", "900003")),
        });

        Snapshot.Verify(result);
    }

    [Fact]
    public void EscapesHostileText()
    {
        var (_, result, _) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/hostile.md", TestDocuments.Hostile) });

        Snapshot.Verify(result);
    }

    [Fact]
    public void SlicesLongTextsOutOfTheEmbeddedFile()
    {
        var (_, result, _) = EmbeddedArchive.Of(("/archive/telegram.md", TestDocuments.Telegram.Replace("\n", "\r\n"))).Run();

        Snapshot.Verify(result);
    }
}
