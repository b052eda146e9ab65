using System.Text;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The check of an archive file's bytes, made before it is parsed or its embedded copy is used: a file that is not
/// valid UTF-8 (DG0035), or, where the bytes can be seen, not text at all (a NUL: DG0034), is left out of the
/// catalog. The generator and the analyzer see only the text the compiler decoded, so their check reads what that
/// decoding leaves: the compiler reads valid UTF-8 strictly, and bytes that are not with U+FFFD for each bad sequence
/// (on Linux and macOS) or in the system's code page (on Windows). A file with a byte order mark is decoded with
/// U+FFFD for bad sequences from the start, so a bad byte there cannot be told from a U+FFFD the file holds: it is not
/// reported (the build targets do not embed a text holding U+FFFD, and docgen check, which has the bytes, reports
/// it). A NUL needs no check there: the build targets leave such a file out before the compiler, which would stop on
/// it with CS2015, and the generator escapes one that comes another way. The command-line tool has the bytes and
/// checks both exactly.
/// </summary>
public static class TextCheck
{
    /// <summary>The problem of a text the compiler read, or null: a DG0035 at the first character it could not decode.</summary>
    public static DiagnosticInfo? Check(string path, SourceText? source, string text, string? projectDirectory)
    {
        var invalid = FirstUndecoded(source?.Encoding, text);
        return invalid < 0 ? null : At(DiagnosticDescriptors.InvalidUtf8.Id, path, source, text, invalid, projectDirectory);
    }

    /// <summary>The same for a file's bytes (the command-line tool); <paramref name="text"/> is their decoding.</summary>
    public static DiagnosticInfo? Check(string path, byte[] bytes, string text, string? projectDirectory)
    {
        if (bytes.Length >= 2 && (bytes[0] == 0xFF && bytes[1] == 0xFE || bytes[0] == 0xFE && bytes[1] == 0xFF))
        {
            // UTF-16 or UTF-32 by its byte order mark, decoded as the compiler decodes it: only a NUL can be wrong.
            var character = text.IndexOf('\0');
            return character < 0 ? null : At(DiagnosticDescriptors.BinaryFile.Id, path, null, text, character, projectDirectory);
        }

        var nul = System.Array.IndexOf(bytes, (byte)0);
        var invalid = FirstInvalidUtf8(bytes);
        if (nul < 0 && invalid < 0)
        {
            return null;
        }

        // A NUL makes it binary wherever it is (an image starts with bytes that are not UTF-8 before its first NUL).
        // The text is decoded with replacement, so the bytes before the one reported decode to the characters before it.
        var first = nul >= 0 ? nul : invalid;
        var skip = HasUtf8Mark(bytes) ? 3 : 0;
        var position = new UTF8Encoding(false).GetCharCount(bytes, skip, first - skip);
        var id = nul >= 0 ? DiagnosticDescriptors.BinaryFile.Id : DiagnosticDescriptors.InvalidUtf8.Id;
        return At(id, path, null, text, position, projectDirectory);
    }

    /// <summary>The offset of the first byte that does not start or continue a valid UTF-8 sequence, or -1.</summary>
    public static int FirstInvalidUtf8(byte[] bytes)
    {
        var i = HasUtf8Mark(bytes) ? 3 : 0;
        while (i < bytes.Length)
        {
            var lead = bytes[i];
            var (count, min, max) = lead switch
            {
                < 0x80 => (0, 0, 0),
                >= 0xC2 and <= 0xDF => (1, 0x80, 0xBF),
                0xE0 => (2, 0xA0, 0xBF),
                0xED => (2, 0x80, 0x9F),
                >= 0xE1 and <= 0xEF => (2, 0x80, 0xBF),
                0xF0 => (3, 0x90, 0xBF),
                >= 0xF1 and <= 0xF3 => (3, 0x80, 0xBF),
                0xF4 => (3, 0x80, 0x8F),
                _ => (-1, 0, 0),
            };
            if (count < 0 || i + count >= bytes.Length)
            {
                return i;
            }

            // The second byte has the narrowed range (no overlongs, surrogates or values past U+10FFFF); the rest any
            // continuation byte.
            for (var k = 1; k <= count; k++)
            {
                var b = bytes[i + k];
                if (k == 1 ? b < min || b > max : b < 0x80 || b > 0xBF)
                {
                    return i;
                }
            }

            i += count + 1;
        }

        return -1;
    }

    /// <summary>Where the compiler's decoding lost the bytes, or -1 if it read them strictly as they are.</summary>
    private static int FirstUndecoded(Encoding? encoding, string text)
    {
        switch (encoding)
        {
            case null:
                // Text made in memory (an editor buffer, a test): it was never bytes.
                return -1;
            case UnicodeEncoding or UTF32Encoding:
                // Only a byte order mark picks these.
                return -1;
            case UTF8Encoding:
                // Read strictly, or after a byte order mark (an encoding that writes one), the compiler did not fall
                // back. Its fallback (no mark) gives each bad sequence one U+FFFD: the first is the first bad byte, unless
                // the file held a U+FFFD of its own before it.
                return encoding.DecoderFallback is DecoderExceptionFallback || encoding.GetPreamble().Length > 0 ? -1 : text.IndexOf('\uFFFD');
            default:
                // A code page: the compiler found the bytes were not UTF-8. A single-byte page gives one character a
                // byte, so the bytes come back and the first bad one is exact; otherwise the first non-ASCII
                // character is the first place it can be.
                var bytes = encoding.GetBytes(text);
                if (bytes.Length == text.Length && FirstInvalidUtf8(bytes) is var at and >= 0)
                {
                    return at;
                }

                for (var i = 0; i < text.Length; i++)
                {
                    if (text[i] > 0x7F)
                    {
                        return i;
                    }
                }

                return 0;
        }
    }

    private static bool HasUtf8Mark(byte[] bytes) => bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF;

    private static DiagnosticInfo At(string id, string path, SourceText? source, string text, int position, string? projectDirectory)
    {
        var lines = (source ?? SourceText.From(text)).Lines;
        var start = lines.GetLinePosition(position);
        var length = position < text.Length ? 1 : 0;
        var end = lines.GetLinePosition(position + length);
        return new DiagnosticInfo(id, path, position, length, start.Line, start.Character, end.Line, end.Character,
            new[] { System.IO.Path.GetFileName(path), ExcludeAdvice.For(path, projectDirectory) }.ToEquatableArray());
    }
}
