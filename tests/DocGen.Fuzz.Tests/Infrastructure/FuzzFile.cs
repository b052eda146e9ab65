using System.Text;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// One archive file of a fuzz case: its path and either its text or its raw bytes. Bytes are decoded the way the
/// compiler decodes a file: a byte-order mark picks the encoding (decoding with U+FFFD for invalid sequences), else
/// strict UTF-8, and where that fails, UTF-8 with U+FFFD for every invalid sequence (its fallback on Linux and macOS).
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
    public SourceText SourceText => _text ??= Bytes is { } bytes ? Compiled(bytes) : SourceText.From(Text!);

    /// <summary>
    /// Whether DocGen leaves the file out as not valid text (DG0035), by the documented rule, worked out here with
    /// .NET's own strict decoder: bytes with no byte-order mark that are not valid UTF-8 (the compiler fell back).
    /// </summary>
    public bool NotValidText => Bytes is { } bytes && !HasMark(bytes) && !IsStrictUtf8(bytes);

    /// <summary>The text the generator and the analyzer parse.</summary>
    public string Decoded => Text ?? SourceText.ToString();

    public long Size => Text?.Length ?? Bytes!.Length;

    public AdditionalText ToAdditionalText() => Text is { } text ? GeneratorHarness.File(Path, text) : new BytesText(Path, SourceText);

    private static SourceText Compiled(byte[] bytes) =>
        HasMark(bytes) || IsStrictUtf8(bytes)
            ? SourceText.From(bytes, bytes.Length, new UTF8Encoding(false, throwOnInvalidBytes: true))
            : SourceText.From(bytes, bytes.Length, new UTF8Encoding(false));

    private static bool HasMark(byte[] bytes) =>
        bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF)
        || bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private static bool IsStrictUtf8(byte[] bytes)
    {
        try
        {
            new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

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
