using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// Archive files the way DocGen's build targets hand them over: read by the compiler from UTF-8 bytes, with the
/// DocGenResource metadata, and the same bytes embedded in the assembly under that name.
/// </summary>
public sealed class EmbeddedArchive
{
    private readonly List<(string Path, string Resource, byte[] Bytes)> _files = new();

    public static EmbeddedArchive Of(params (string Path, string Text)[] files) => Of(bom: false, files);

    public static EmbeddedArchive Of(bool bom, params (string Path, string Text)[] files) =>
        OfBytes(files.Select(f => (f.Path, "DocGen.Archive/" + f.Path.TrimStart('/'), new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(f.Text)).ToArray())));

    /// <summary>Files as bytes under the given resource names; a path given twice keeps its first resource name.</summary>
    public static EmbeddedArchive OfBytes(IEnumerable<(string Path, string Resource, byte[] Bytes)> files)
    {
        var archive = new EmbeddedArchive();
        archive._files.AddRange(files);
        return archive;
    }

    /// <summary>As the compiler reads them: strict UTF-8 (a byte order mark makes it UTF-8 with replacement).</summary>
    public IEnumerable<AdditionalText> Files => _files.Select(f => FromBytes(f.Path, f.Bytes, new UTF8Encoding(false, throwOnInvalidBytes: true)));

    /// <summary>An additional file decoded from bytes in the given encoding, as the compiler reads one.</summary>
    public static AdditionalText FromBytes(string path, byte[] bytes, Encoding encoding) => new BytesText(path, bytes, encoding);

    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FileOptions =>
        _files.GroupBy(f => f.Path, StringComparer.Ordinal).ToDictionary(
            g => g.Key,
            g => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenResource"] = g.First().Resource },
            StringComparer.Ordinal);

    public IEnumerable<ResourceDescription> Resources =>
        _files.Select(f => new ResourceDescription(f.Resource, () => new MemoryStream(f.Bytes), isPublic: true));

    public (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run() => GeneratorHarness.Run(Files, fileOptions: FileOptions);

    /// <summary>An additional file decoded from bytes (a UTF-8 byte order mark removed).</summary>
    private sealed class BytesText : AdditionalText
    {
        private readonly SourceText _text;

        public BytesText(string path, byte[] bytes, Encoding encoding)
        {
            Path = path;
            using var stream = new MemoryStream(bytes);
            _text = SourceText.From(stream, encoding);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
