using DocGen.Core.Model;
using DocGen.Generator.Emit;
using DocGen.Storage;

namespace DocGen.Cli;

/// <summary>
/// Builds the runtime <see cref="ArchiveDocument"/> from a parsed document by the road generated code takes: the
/// generator writes the document's record, the runtime reads it back. So the exporters see exactly what a compiled
/// archive holds, and a field added to the stored model reaches them with no change here.
/// </summary>
public static class DocumentMapper
{
    /// <summary>The runtime document for <paramref name="parsed"/>, which must be usable (have a title).</summary>
    public static ArchiveDocument ToArchiveDocument(ParsedDocument parsed)
    {
        var (data, pool) = ShardWriter.Alone(parsed);

        // Nothing is sliced from a file, so the assembly (where embedded files would be) is never read.
        return new DocumentShard(typeof(DocumentMapper).Assembly, data, pool).Get(0);
    }
}
