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

    /// <summary>What the other snapshots do not hold: a range, an approximate and an undated date, and kept sections.</summary>
    [Fact]
    public void KeepsDatesOfEveryKindAndSectionsWithoutAProperty() => Snapshot.Verify(new[]
    {
        GeneratorHarness.File("/archive/notes.md", "**1945-1946**  \n**Notes on the Conference**\n\n**Archival Note:**\n\nFound loose in the file.\n\n**Archival Note:**\n\nA repeat.\n\nThe notes.\n"),
        GeneratorHarness.File("/archive/letter.md", "**circa March 1950**  \n**Letter from Someone to Someone Else**\n\n**Original Language:**\n\nGerman, Klingon\n\nDear Else.\n"),
        GeneratorHarness.File("/archive/draft.md", "**undated**  \n**Draft Note**\n\nNo date.\n"),
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
