using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Naming;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes a shard's file: its documents' records (data, not code: see the runtime's DocumentShard)
/// and, unless switched off, one static class per document with its constants (usable in attributes and switch
/// cases) and its typed <c>ArchiveDocument</c>.
/// </summary>
public static class DocumentEmitter
{
    /// <summary>Writes one document: returns its record, and writes its class (when the shard has them) to the writer.</summary>
    internal delegate List<int> DocumentWriter(ShardModel shard, DocumentModel model, PoolWriter pool, SourceWriter code);

    public static ShardSource Emit(ShardModel shard) => Emit(shard, WriteDocument);

    /// <summary>
    /// A document whose writing throws (a bug, never bad input) costs that document alone: its record stays empty,
    /// its class keeps only <c>Document</c> (which throws), and DG0014 names its file. Without this, the exception
    /// would fail the generator and every document's code would be lost (CS8785).
    /// </summary>
    internal static ShardSource Emit(ShardModel shard, DocumentWriter write)
    {
        var pool = new PoolWriter();

        // By slot, the index the catalog reads; a slot without a document (never expected) stays empty, not shifted.
        var records = new List<int>?[shard.Documents.Count == 0 ? 0 : shard.Documents.Max(model => model.Slot) + 1];
        // The classes go straight into the file's one writer (a document that fails is undone to its mark); the shard's
        // data, known only once every record is written, is put before them. Copying each class from a writer of its
        // own, then the whole file again, was a sixth of the 16k cold run's allocations.
        var classes = new SourceWriter(1);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var model in shard.Documents)
        {
            var mark = classes.Mark();
            try
            {
                records[model.Slot] = write(shard, model, pool, classes);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError.Id, model.Path, default, "while writing its code, " + exception.GetType().Name + ": " + exception.Message));
                classes.Undo(mark);
                if (shard.DocumentMembers)
                {
                    WritePlaceholder(classes, shard, model);
                }
            }
        }

        var head = new SourceWriter();
        head.Line(Generated.Header(shard.Nullable));
        head.Open("namespace " + shard.Namespace);
        WriteShard(head, shard, pool, records);
        classes.Prepend(head);
        classes.Close();
        return new ShardSource(classes.ToString(), diagnostics.ToEquatableArray());
    }

    internal static List<int> WriteDocument(ShardModel shard, DocumentModel model, PoolWriter pool, SourceWriter code)
    {
        var record = RecordWriter.Write(StoredDocumentWriter.From(model.Document, model.Embedded), model.Embedded?.Text, pool);
        if (shard.DocumentMembers)
        {
            WriteClass(code, shard, model);
        }

        return record;
    }

    private static void WriteShard(SourceWriter writer, ShardModel shard, PoolWriter pool, List<int>?[] records)
    {
        // Escaped so that a lone surrogate survives UTF-8; shards compiled as strings hold the same text, so both read alike.
        var pooled = pool.Encoded();
        var poolText = string.Concat(pooled);
        var wide = ShardWriter.Data(records, pooled, wide: true);

        var name = DocumentShards.ClassName(shard.Shard);

        // The tables of the files of many documents this shard's documents are parts of: where each document starts.
        var files = shard.Documents.Select(model => model.Embedded).Where(embedded => embedded is { Part: > 0 })
            .Select(embedded => embedded!.ResourceName).Distinct().OrderBy(resource => resource, StringComparer.Ordinal).ToList();
        // A shard whose documents cite pages of other volumes hands over the project's page table too (by name only:
        // its rows change with the cited volumes, this text does not).
        var pages = shard.Documents.Any(model => Links.PageLinkTable.Consults(model.Document));
        var end = (files.Count == 0 && !pages ? string.Empty : ", new " + FileTableEmitter.ArchiveFile + "[] { " + string.Join(", ", files.Select(FileTableEmitter.Reference)) + " }")
            + (pages ? ", " + Links.PageLinkTable.Reference : string.Empty) + ");";
        writer.Line("/// <summary>The records of the documents in this file: DocGen's data, read by the catalog and the documents' classes.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line(Generated.HiddenAttribute);
        writer.Open("internal static class " + name);
        writer.Line("internal static readonly " + Generated.DocumentShard + " " + GeneratedNames.Shard + " = new " + Generated.DocumentShard + "(");
        writer.Line("    typeof(" + name + ").Assembly,");
        if (wide.Length + poolText.Length <= StringLiteralLimit)
        {
            // Within its share of the string heap, a shard is two string literals: one token each, the cheapest form
            // for the compiler (it lowers a UTF-8 literal or an array into one bound node per byte).
            writer.Line("    " + CSharpLiteral.Quote(wide) + ",");
            writer.Line("    " + CSharpLiteral.Quote(poolText) + end);
        }
        else if (shard.Utf8Literals)
        {
            // Beyond it, UTF-8 bytes, which land in the assembly's data, not in the string heap (CS8103 past 2^24 bytes).
            writer.Line("    \"" + ShardWriter.Data(records, pooled, wide: false) + "\"u8.ToArray(),");
            writer.Line("    " + CSharpLiteral.Quote(poolText) + "u8.ToArray()" + end);
        }
        else
        {
            // Before C# 11, the same bytes as arrays.
            ByteArray(writer, Encoding.UTF8.GetBytes(ShardWriter.Data(records, pooled, wide: false)), ",");
            ByteArray(writer, Encoding.UTF8.GetBytes(poolText), end);
        }

        writer.Close();
    }

    /// <summary>
    /// A shard of at most this many characters is string literals: 64 shards of it fill half of the string heap (2
    /// bytes a character), which leaves the other half to the catalog and the project's own literals.
    /// </summary>
    internal const int StringLiteralLimit = 65_536;

    private static void ByteArray(SourceWriter writer, byte[] bytes, string end)
    {
        writer.Line("    new byte[]");
        writer.Line("    {");
        var line = new StringBuilder();
        for (var i = 0; i < bytes.Length; i++)
        {
            line.Append(bytes[i].ToString(CultureInfo.InvariantCulture)).Append(',');
            if (i % 32 == 31 || i == bytes.Length - 1)
            {
                writer.Line("        " + line);
                line.Clear();
            }
        }

        writer.Line("    }" + end);
    }

    private static void WriteClass(SourceWriter writer, ShardModel shard, DocumentModel model)
    {
        var document = model.Document;
        writer.Line();
        DocumentDocs.Write(writer, document);
        writer.Line(Generated.CodeAttribute);
        writer.Open(shard.Accessibility + " static class " + NameRules.ConstantsClass(model.MemberName));
        Constant(writer, shard.Nullable, GeneratedNames.Id, "The archive's id of the document.", document.Id);
        Constant(writer, shard.Nullable, GeneratedNames.Title, "The title, on one line.", document.Title);
        Constant(writer, shard.Nullable, GeneratedNames.Url, "The document's URL in the online archive, or null.", document.Url);
        Constant(writer, shard.Nullable, GeneratedNames.Citation, "The citation as written, URL brackets removed, or null.", document.Citation);
        Constant(writer, shard.Nullable, GeneratedNames.DateText, "The date as written, or empty when the document has none.", document.Date.Text);
        CitationEmitter.WriteConstant(writer, document, shard.CitationStyle);
        writer.Line("/// <summary>The typed document, built on first use.</summary>");
        DocumentProperty(writer, shard, model);
        writer.Close();
    }

    private static void WritePlaceholder(SourceWriter writer, ShardModel shard, DocumentModel model)
    {
        writer.Line();
        writer.Line("/// <summary>DocGen could not write this document (error DG0014 names its file); reading it throws.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Open(shard.Accessibility + " static class " + NameRules.ConstantsClass(model.MemberName));
        writer.Line("/// <summary>Throws: the document could not be written.</summary>");
        DocumentProperty(writer, shard, model);
        writer.Close();
    }

    private static void DocumentProperty(SourceWriter writer, ShardModel shard, DocumentModel model) =>
        writer.Line("public static " + Generated.Document + " " + GeneratedNames.Document + " => "
            + DocumentShards.ClassName(shard.Shard) + "." + GeneratedNames.Shard + ".Get(" + model.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture) + ");");

    private static void Constant(SourceWriter writer, bool nullable, string name, string doc, string? value)
    {
        writer.Line("/// <summary>" + doc + "</summary>");
        writer.LiteralLine("public const string" + (value is null && nullable ? "? " : " ") + name + " = ", value, ";");
        writer.Line();
    }
}
