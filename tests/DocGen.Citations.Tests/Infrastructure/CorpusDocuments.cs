using System.Collections.Generic;
using System.IO;
using DocGen.Core.Model;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>Every document the conformance suite formats: the test documents, the sample archive, FRUS documents, and ../shared's examples, seeds and FRUS volumes.</summary>
public static class CorpusDocuments
{
    /// <param name="includeShared">Whether ../shared's examples and seeds take part (when present).</param>
    public static IReadOnlyList<ParsedDocument> All(bool includeShared = true)
    {
        var documents = new List<ParsedDocument>
        {
            ArchiveDocumentParser.Parse("/tests/telegram.md", TestDocuments.Telegram),
            ArchiveDocumentParser.Parse("/tests/memo.md", TestDocuments.Memo),
            ArchiveDocumentParser.Parse("/tests/report.md", TestDocuments.Report),
            ArchiveDocumentParser.Parse("/tests/hostile.md", TestDocuments.Hostile),
        };

        foreach (var (name, text) in CitationCases.All)
        {
            documents.Add(ArchiveDocumentParser.Parse("/cases/" + name, text));
        }

        AddFolder(documents, Path.Combine(Repository.Root, "sample", "DocGen.Sample", "Archive"), "*.md");
        documents.AddRange(FrusDocuments.Built());

        if (includeShared)
        {
            documents.AddRange(FrusDocuments.Shared());

            AddFolder(documents, SharedData.Examples, "0*.md");
            AddFolder(documents, SharedData.Seeds, "*.txt");
        }

        documents.RemoveAll(document => !document.IsUsable);
        return documents;
    }

    private static void AddFolder(List<ParsedDocument> documents, string? folder, string pattern)
    {
        if (folder is null || !Directory.Exists(folder))
        {
            return;
        }

        var files = Directory.GetFiles(folder, pattern);
        System.Array.Sort(files, System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            documents.Add(ArchiveDocumentParser.Parse(file, File.ReadAllText(file)));
        }
    }
}
