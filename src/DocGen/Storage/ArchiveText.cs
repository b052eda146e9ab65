using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;

namespace DocGen.Storage;

/// <summary>
/// The text of one archive file, embedded in the consumer's assembly as a resource by DocGen's build targets. Generated
/// code cuts a document's strings out of it by offsets computed at compile time, so long texts never become string
/// literals (the compiler keeps every literal in one heap of 2^24 bytes, error CS8103) and nothing is parsed at run
/// time. For generated code only.
/// </summary>
[EditorBrowsable(EditorBrowsableState.Never)]
public sealed class ArchiveText
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private readonly string _text;

    private ArchiveText(string text) => _text = text;

    /// <summary>
    /// Reads the resource <paramref name="name"/> of <paramref name="assembly"/> as UTF-8 without its byte order mark,
    /// the way the compiler read the file, and checks it is the <paramref name="length"/> characters the generator saw.
    /// </summary>
    public static ArchiveText Load(Assembly assembly, string name, int length)
    {
        if (assembly is null)
        {
            throw new ArgumentNullException(nameof(assembly));
        }

        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException("The archive file '" + name + "' is not embedded in " + assembly.GetName().Name
                + ". DocGen's build targets embed every archive file; rebuild the project, or set DocGenEmbedDocuments=false to compile texts as literals.");
        var bytes = ReadAll(stream);
        var skip = bytes.Length >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0;
        var text = StrictUtf8.GetString(bytes, skip, bytes.Length - skip);
        if (text.Length != length)
        {
            throw new InvalidOperationException("The archive file '" + name + "' has " + text.Length + " characters, but " + length
                + " when it was compiled. It changed after the build; rebuild the project.");
        }

        return new ArchiveText(text);
    }

    /// <summary>The characters from <paramref name="start"/>, <paramref name="length"/> of them.</summary>
    public string Slice(int start, int length) => _text.Substring(start, length);

    /// <summary>
    /// Pieces joined: each pair of <paramref name="segments"/> is a slice (start, length), or, when the first number is
    /// negative, (-1 - k, 0) for <paramref name="literals"/>[k], a piece the file does not hold as written (a joiner).
    /// </summary>
    public string Join(int[] segments, params string[] literals)
    {
        if (segments is null)
        {
            throw new ArgumentNullException(nameof(segments));
        }

        var index = 0;
        return Read(segments, ref index, segments.Length / 2, literals);
    }

    /// <summary>
    /// Several strings from one array: each is its number of pairs, then the pairs, as in <see cref="Join"/>.
    /// </summary>
    public IReadOnlyList<string> List(int[] items, params string[] literals)
    {
        if (items is null)
        {
            throw new ArgumentNullException(nameof(items));
        }

        var values = new List<string>();
        var index = 0;
        while (index < items.Length)
        {
            var pairs = items[index++];
            values.Add(Read(items, ref index, pairs, literals));
        }

        return values;
    }

    private string Read(int[] numbers, ref int index, int pairs, string[] literals)
    {
        if (pairs == 1)
        {
            var (start, length) = (numbers[index], numbers[index + 1]);
            index += 2;
            return start >= 0 ? _text.Substring(start, length) : literals[-1 - start];
        }

        var builder = new StringBuilder();
        for (var i = 0; i < pairs; i++, index += 2)
        {
            var start = numbers[index];
            if (start >= 0)
            {
                builder.Append(_text, start, numbers[index + 1]);
            }
            else
            {
                builder.Append(literals[-1 - start]);
            }
        }

        return builder.ToString();
    }

    private static byte[] ReadAll(Stream stream)
    {
        if (stream.CanSeek)
        {
            var bytes = new byte[stream.Length];
            var read = 0;
            while (read < bytes.Length)
            {
                var count = stream.Read(bytes, read, bytes.Length - read);
                if (count == 0)
                {
                    break;
                }

                read += count;
            }

            return bytes;
        }

        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
