using System;
using System.IO;
using System.Text;

namespace DocGen.Build;

/// <summary>
/// What DocGen.targets needs to know of an archive file's text before the compiler reads it: whether it holds a NUL
/// (binary, left out: DG0034, at the first NUL's line and column), a U+FFFD (not valid UTF-8, or the character
/// itself: not embedded), and whether it is longer than DocGenMaxFileSize (not embedded). Linear in the file's size.
/// </summary>
internal readonly struct ArchiveText
{
    private ArchiveText(bool embeddable, int nulLine, int nulColumn)
    {
        Embeddable = embeddable;
        NulLine = nulLine;
        NulColumn = nulColumn;
    }

    /// <summary>Neither NUL nor U+FFFD, and within the size limit.</summary>
    public bool Embeddable { get; }

    /// <summary>Whether the text holds a NUL: it is binary.</summary>
    public bool Binary => NulLine > 0;

    /// <summary>The first NUL's line and column, counting from 1 (lines end at '\n'); 0 when there is none.</summary>
    public int NulLine { get; }

    public int NulColumn { get; }

    /// <summary>
    /// The file's text as <c>File.ReadAllText</c> decodes it (UTF-8 unless a byte order mark says otherwise; a bad
    /// sequence reads as U+FFFD), checked without decoding when its bytes are plain UTF-8 with no NUL and no U+FFFD,
    /// as archive files are: counting the characters is all that is left then.
    /// </summary>
    public static ArchiveText OfFile(string path, long maxLength) => OfBytes(File.ReadAllBytes(path), maxLength);

    public static ArchiveText OfBytes(byte[] bytes, long maxLength)
    {
        var start = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var otherMark = bytes.Length >= 2 && (bytes[0], bytes[1]) is (0xFE, 0xFF) or (0xFF, 0xFE);
        if (!otherMark && Array.IndexOf(bytes, (byte)0, start) < 0 && !HoldsReplacement(bytes, start))
        {
            try
            {
                return new ArchiveText(Strict.GetCharCount(bytes, start, bytes.Length - start) <= maxLength, 0, 0);
            }
            catch (DecoderFallbackException)
            {
                // Not valid UTF-8: it reads as U+FFFD, so it is not embedded; it holds no NUL.
                return new ArchiveText(false, 0, 0);
            }
        }

        using var reader = new StreamReader(new MemoryStream(bytes), Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        return Of(reader.ReadToEnd(), maxLength);
    }

    /// <summary>Whether the bytes hold U+FFFD written out (EF BF BD).</summary>
    private static bool HoldsReplacement(byte[] bytes, int start)
    {
        for (var i = Array.IndexOf(bytes, (byte)0xEF, start); i >= 0 && i + 2 < bytes.Length; i = Array.IndexOf(bytes, (byte)0xEF, i + 1))
        {
            if (bytes[i + 1] == 0xBF && bytes[i + 2] == 0xBD)
            {
                return true;
            }
        }

        return false;
    }

    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static ArchiveText Of(string text, long maxLength)
    {
        var stop = text.IndexOfAny(Stops);
        if (stop < 0)
        {
            return new ArchiveText(text.Length <= maxLength, 0, 0);
        }

        var nul = text[stop] == '\0' ? stop : text.IndexOf('\0', stop + 1);
        if (nul < 0)
        {
            return new ArchiveText(false, 0, 0);
        }

        var line = 1;
        var lineStart = 0;
        for (var i = text.IndexOf('\n', 0, nul); i >= 0; i = text.IndexOf('\n', i + 1, nul - i - 1))
        {
            line++;
            lineStart = i + 1;
        }

        return new ArchiveText(false, line, nul - lineStart + 1);
    }

    private static readonly char[] Stops = { '\0', '\uFFFD' };
}
