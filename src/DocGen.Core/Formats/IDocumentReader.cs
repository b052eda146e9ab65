using System.Collections.Generic;
using DocGen.Core.Model;

namespace DocGen.Core.Formats;

/// <summary>
/// One archive format: reads one file's text into zero or more documents of the one model, each carrying its own
/// located problems. A reader never throws and knows nothing of Roslyn or of the folder the file is in.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The format's name, as a diagnostic lists it ("Wilson Center Markdown export").</summary>
    string Name { get; }

    /// <summary>The file name endings the format is written in, with the dot (".md"): the default glob takes them.</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>Whether this reader reads the file, judged by its name and, where the name is not enough, its text.</summary>
    bool Accepts(string path, string text);

    /// <summary>
    /// The file's documents, in the order they are written. Each one's <see cref="ParsedDocument.Path"/> is
    /// <paramref name="path"/> and its spans point into <paramref name="text"/>.
    /// </summary>
    IReadOnlyList<ParsedDocument> Read(string path, string text, int maxLength);
}
