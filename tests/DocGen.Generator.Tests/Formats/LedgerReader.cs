using System;
using System.Collections.Generic;
using DocGen.Core.Dates;
using DocGen.Core.Formats;
using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Generator.Tests.Formats;

/// <summary>
/// A format that exists only in the tests, to prove the reader seam: a <c>.ledger</c> file holds many documents, each
/// opened by a line <c>== id | date | title</c> and followed by its paragraphs, one a line. The generator knows
/// nothing of this type; a test hands it over in the reader list.
/// </summary>
public sealed class LedgerReader : IDocumentReader
{
    public static readonly LedgerReader Instance = new();

    private static readonly string[] Endings = { ".ledger" };

    public string Name => "Test ledger";

    public IReadOnlyList<string> Extensions => Endings;

    public bool Accepts(string path, string text) => path.EndsWith(".ledger", StringComparison.OrdinalIgnoreCase);

    public IReadOnlyList<ParsedDocument> Read(string path, string text, int maxLength)
    {
        var documents = new List<ParsedDocument>();
        var lines = new LineIndex(text);
        ParsedDocument? current = null;
        var body = new List<string>();
        for (var line = 0; line < lines.Count; line++)
        {
            var content = text.Substring(lines.Start(line), lines.Length(line));
            if (content.StartsWith("== ", StringComparison.Ordinal))
            {
                Close(documents, current, body);
                var parts = content.Substring(3).Split('|');
                var title = parts[2].Trim();
                current = ParsedDocument.Unusable(path) with
                {
                    Id = parts[0].Trim(),
                    Title = title,
                    TitleSpan = lines.Span(line, content.Length - title.Length, title.Length),
                    Date = DateParser.Parse(parts[1].Trim()),
                };
            }
            else if (content.Length > 0)
            {
                body.Add(content);
            }
        }

        Close(documents, current, body);
        return documents;
    }

    private static void Close(List<ParsedDocument> documents, ParsedDocument? current, List<string> body)
    {
        if (current is not null)
        {
            documents.Add(current with { Body = body.ToEquatableArray() });
        }

        body.Clear();
    }
}
