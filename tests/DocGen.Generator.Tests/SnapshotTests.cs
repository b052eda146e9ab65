using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

public class SnapshotTests
{
    [Fact]
    public void GeneratesDocumentFilesAndTheCatalog() => Snapshot.Verify(new[]
    {
        GeneratorHarness.File("/archive/telegram.md", TestDocuments.Telegram),
        GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo),
        GeneratorHarness.File("/archive/readme.md", TestDocuments.NotADocument),
    });

    [Fact]
    public void ReportsCrossFileDiagnostics() => Snapshot.Verify(new[]
    {
        GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo),
        GeneratorHarness.File("/archive/memo-copy.md", TestDocuments.Memo),
        GeneratorHarness.File("/archive/memo-later.md", TestDocuments.Memo.Replace("900002", "900003")),
    });

    [Fact]
    public void EscapesHostileText() => Snapshot.Verify(new[] { GeneratorHarness.File("/archive/hostile.md", TestDocuments.Hostile) });

    [Fact]
    public void SlicesLongTextsOutOfTheEmbeddedFile()
    {
        var archive = EmbeddedArchive.Of(("/archive/telegram.md", TestDocuments.Telegram.Replace("\n", "\r\n")));

        Snapshot.Verify(archive.Files, archive.FileOptions, archive.Resources);
    }
}
