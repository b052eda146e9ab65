using System;
using System.ComponentModel;
using System.IO;
using System.Reflection;
using System.Text;

namespace DocGen.Storage;

/// <summary>
/// The text of one archive file, embedded in the consumer's assembly as a resource by DocGen's build targets. A
/// document's record (<see cref="RecordLayout"/>) cuts its strings out of it by offsets computed at compile time,
/// so long texts are never compiled twice (once as the resource, once as generated data) and nothing is parsed at
/// run time. For generated code only.
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
