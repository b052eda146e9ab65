using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// One archive file of a fuzz case: its path and either its text or its raw bytes. Bytes are decoded the way Roslyn
/// decodes a file it is given as bytes (<see cref="SourceText.From(byte[], int, Encoding?, SourceHashAlgorithm, bool, bool)"/>:
/// a byte-order mark picks the encoding, else UTF-8 with U+FFFD for every invalid sequence).
/// </summary>
public sealed class FuzzFile
{
    private SourceText? _text;

    private FuzzFile(string path, string? text, byte[]? bytes)
    {
        Path = path;
        Text = text;
        Bytes = bytes;
    }

    public string Path { get; }

    public string? Text { get; }

    public byte[]? Bytes { get; }

    public static FuzzFile FromText(string path, string text) => new(path, text, null);

    public static FuzzFile FromBytes(string path, byte[] bytes) => new(path, null, bytes);

    /// <summary>What the compiler hands the generator.</summary>
    public SourceText SourceText => _text ??= Bytes is { } bytes ? SourceText.From(bytes, bytes.Length) : SourceText.From(Text!);

    /// <summary>The text the generator and the analyzer parse.</summary>
    public string Decoded => Text ?? SourceText.ToString();

    public long Size => Text?.Length ?? Bytes!.Length;

    public AdditionalText ToAdditionalText() => Text is { } text ? GeneratorHarness.File(Path, text) : new BytesText(Path, SourceText);

    public override string ToString() => Path + ": " + (Text is { } text ? Show.Text(text) : "bytes " + Show.Text(Encoding.Latin1.GetString(Bytes!)));

    private sealed class BytesText : AdditionalText
    {
        private readonly SourceText _text;

        public BytesText(string path, SourceText text)
        {
            Path = path;
            _text = text;
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
