using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Model;
using DocGen.Core.Problems;

namespace DocGen.Core.Formats;

/// <summary>
/// The formats a build knows, in order of preference. A file goes to the first reader that accepts it; a file none
/// accepts becomes one unusable document whose problem names every format. The generator takes the list it is given,
/// so a test can add a format of its own without the generator knowing its type.
/// </summary>
public sealed class DocumentReaders
{
    /// <summary>The formats DocGen ships.</summary>
    public static readonly DocumentReaders Default = new(new IDocumentReader[] { MarkdownExportReader.Instance, TeiReader.Instance });

    private readonly IDocumentReader[] _readers;

    public DocumentReaders(IEnumerable<IDocumentReader> readers) => _readers = readers.ToArray();

    public IReadOnlyList<IDocumentReader> Readers => _readers;

    /// <summary>Whether <paramref name="path"/> ends with a format's extension, so an archive file counts by default.</summary>
    public bool HasExtensionOf(string path) =>
        _readers.Any(reader => reader.Extensions.Any(ending => path.EndsWith(ending, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The file's documents as its format reads them; never empty for a file no format accepts.</summary>
    public IReadOnlyList<ParsedDocument> Read(string path, string text, int maxLength)
    {
        foreach (var reader in _readers)
        {
            if (reader.Accepts(path, text))
            {
                return reader.Read(path, text, maxLength);
            }
        }

        var formats = string.Join(", ", _readers.Select(r => r.Name + " (" + string.Join(", ", r.Extensions) + ")"));
        return new[] { ParsedDocument.Unusable(path, new ParseProblem(ProblemCode.NoReader, default, formats)) };
    }
}
