using System;
using System.Collections.Generic;
using DocGen.Core.Model;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// FRUS TEI volumes as a format: a <c>.xml</c> file whose text is TEI gives one document per document div
/// (<see cref="TeiVolumeReader"/>), each mapped into the one model by <see cref="TeiDocuments"/>. A <c>.xml</c> file
/// that is not TEI is no format's, so it is reported as such.
/// </summary>
public sealed class TeiReader : IDocumentReader
{
    public static readonly TeiReader Instance = new();

    private static readonly string[] Endings = { ".xml" };

    private TeiReader()
    {
    }

    public string Name => "TEI (FRUS volume)";

    public IReadOnlyList<string> Extensions => Endings;

    public bool Accepts(string path, string text) =>
        path.EndsWith(".xml", StringComparison.OrdinalIgnoreCase) && TeiVolumeReader.LooksLikeTei(text);

    public IReadOnlyList<ParsedDocument> Read(string path, string text, int maxLength) =>
        FileSizeLimit.Exceeded(path, text, maxLength) is { } tooLarge
            ? new[] { tooLarge }
            : TeiDocuments.From(path, TeiVolumeReader.Read(path, text));
}
