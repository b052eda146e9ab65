using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// Seeds for mutation: the real records of ../shared/examples and ../shared/seeds, read in place when the folder is
/// there (never copied into the repository), and the test documents, which are always there.
/// </summary>
public static class RealRecords
{
    public static IReadOnlyList<(string Name, string Text)> All { get; } = Load();

    private static IReadOnlyList<(string, string)> Load()
    {
        var records = new List<(string, string)>
        {
            ("TestDocuments.Telegram", TestDocuments.Telegram),
            ("TestDocuments.Memo", TestDocuments.Memo),
            ("TestDocuments.Report", TestDocuments.Report),
            ("TestDocuments.Hostile", TestDocuments.Hostile),
            ("TestDocuments.NotADocument", TestDocuments.NotADocument),
        };

        if (SharedData.Examples is { } examples)
        {
            records.AddRange(Directory.GetFiles(examples, "*.md")
                .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
                .OrderBy(f => f, StringComparer.Ordinal)
                .Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        }

        if (SharedData.Seeds is { } seeds)
        {
            records.AddRange(Directory.GetFiles(seeds).OrderBy(f => f, StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllText(f))));
        }

        return records;
    }
}
