using System.IO;
using System.Reflection;
using System.Text;
using Writer = DocGen.Generator.Storage;

namespace DocGen.Generator.Tests;

/// <summary>
/// A file of many documents is decoded once while its documents are read, not once per document: reading a volume's
/// 400 documents would otherwise decode it 400 times (documents x file size at run time).
/// </summary>
public class ArchiveFileTextTests
{
    [Fact]
    public void AFileOfManyDocumentsIsDecodedOnceForAllOfThem()
    {
        const string text = "<TEI>first document, second document</TEI>";
        var assembly = new CountingAssembly("DocGen.Archive.0123456789abcdef", text);
        var file = new DocGen.Storage.ArchiveFile(assembly.Name, Table(text.Length, 5, 21));

        var first = file.Text(assembly);
        var second = file.Text(assembly);

        Assert.Equal(1, assembly.Opened);
        Assert.Same(first, second);
        Assert.Equal("second", second.Slice(21, 6));
    }

    private static string Table(int length, params int[] starts)
    {
        var packed = new StringBuilder();
        Writer.FileTable.Walk(new Writer.PackedNumberWriter(packed, wide: true), new Writer.FileTable { Length = length, Starts = starts });
        return packed.ToString();
    }

    /// <summary>An assembly holding one resource, counting how often it is opened.</summary>
    private sealed class CountingAssembly(string name, string text) : Assembly
    {
        public string Name { get; } = name;

        public int Opened { get; private set; }

        public override Stream? GetManifestResourceStream(string resource)
        {
            if (resource != Name)
            {
                return null;
            }

            Opened++;
            return new MemoryStream(new UTF8Encoding(false).GetBytes(text));
        }
    }
}
