using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Core.Model;

namespace DocGen.Core.Formats.Markdown;

/// <summary>The Wilson Center Markdown export: one document per <c>.md</c> file (<see cref="ArchiveDocumentParser"/>).</summary>
public sealed class MarkdownExportReader : IDocumentReader
{
    public static readonly MarkdownExportReader Instance = new();

    private static readonly string[] Endings = { ".md" };

    private MarkdownExportReader()
    {
    }

    public string Name => "Wilson Center Markdown export";

    public IReadOnlyList<string> Extensions => Endings;

    // Any .md file is this format's: one that lacks the header is reported as such (DG0001), not as "no format". A file
    // of another name is, when it opens as the export does: a bold run on its first non-blank line.
    [MethodImpl(Jit.Optimized)]
    public bool Accepts(string path, string text) =>
        path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || OpensBold(text);

    private static bool OpensBold(string text)
    {
        var i = 0;
        while (i < text.Length && (char.IsWhiteSpace(text[i]) || text[i] == '\uFEFF'))
        {
            i++;
        }

        return string.CompareOrdinal(text, i, "**", 0, 2) == 0;
    }

    [MethodImpl(Jit.Optimized)]
    public IReadOnlyList<ParsedDocument> Read(string path, string text, int maxLength) =>
        new[] { ArchiveDocumentParser.Parse(path, text, maxLength) };
}
