using System.Linq;
using System.Text;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes the table of an embedded file of many documents (<see cref="FileTable"/>) as its own source: a class nested
/// in the partial <see cref="FileTables.Container"/>, holding the runtime's <c>ArchiveFile</c>, which the shards of
/// the file's documents hand to their <c>DocumentShard</c>.
/// </summary>
public static class FileTableEmitter
{
    public const string ArchiveFile = "global::DocGen.Storage.ArchiveFile";

    public static string Emit(FileTableModel model)
    {
        var table = new FileTable { Length = model.Length, Starts = model.Starts.ToArray() };
        var packed = new StringBuilder();
        FileTable.Walk(new PackedNumberWriter(packed, wide: true), table);

        var name = FileTables.ClassName(model.ResourceName);
        var writer = new SourceWriter();
        writer.Line(Generated.Header(nullable: false));
        writer.Open("namespace " + model.Namespace);
        writer.Open("internal static partial class " + FileTables.Container);
        writer.Line("/// <summary>The embedded archive file " + DocComment.Escape(model.ResourceName) + ": its length and where each of its documents starts.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line(Generated.HiddenAttribute);
        writer.Open("internal static class " + name);
        writer.Line("internal static readonly " + ArchiveFile + " " + FileTables.Field + " = new " + ArchiveFile + "(" + CSharpLiteral.Quote(model.ResourceName) + ", " + CSharpLiteral.Quote(packed.ToString()) + ");");
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    /// <summary>What a shard passes for a file's table.</summary>
    public static string Reference(string resourceName) => FileTables.Container + "." + FileTables.ClassName(resourceName) + "." + FileTables.Field;
}
