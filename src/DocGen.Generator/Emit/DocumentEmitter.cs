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
/// Writes a group's file: the table of its documents' records (data, not code: see the runtime's DocumentTable)
/// and, unless switched off, one static class per document with its constants (usable in attributes and switch
/// cases) and its typed <c>ArchiveDocument</c>.
/// </summary>
public static class DocumentEmitter
{
    /// <summary>Writes one document: returns its record, and writes its class (when the group has them) to the writer.</summary>
    internal delegate List<int> DocumentWriter(DocumentGroup group, DocumentSourceModel model, LiteralTable pool, SourceWriter code);

    public static GroupSource Emit(DocumentGroup group) => Emit(group, WriteDocument);

    /// <summary>
    /// A document whose writing throws (a bug, never bad input) costs that document alone: its record stays empty,
    /// its class keeps only <c>Document</c> (which throws), and DG0014 names its file. Without this, the exception
    /// would fail the generator and every document's code would be lost (CS8785).
    /// </summary>
    internal static GroupSource Emit(DocumentGroup group, DocumentWriter write)
    {
        var pool = new LiteralTable();

        // By slot, the index the catalog reads; a slot without a document (never expected) stays empty, not shifted.
        var records = new List<int>?[group.Documents.Count == 0 ? 0 : group.Documents.Max(model => model.Slot) + 1];
        var classes = new SourceWriter(1);
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var model in group.Documents)
        {
            var code = new SourceWriter(1);
            try
            {
                records[model.Slot] = write(group, model, pool, code);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                diagnostics.Add(DiagnosticInfo.Create(
                    DiagnosticDescriptors.InternalError.Id, model.Path, default, "while writing its code, " + exception.GetType().Name + ": " + exception.Message));
                code = new SourceWriter(1);
                if (group.DocumentMembers)
                {
                    WritePlaceholder(code, group, model);
                }
            }

            classes.Append(code);
        }

        var writer = new SourceWriter();
        writer.Line(Generated.Header(group.Nullable));
        writer.Open("namespace " + group.Namespace);
        WriteTable(writer, group, pool, records);
        writer.Append(classes);
        writer.Close();
        return new GroupSource(writer.ToString(), diagnostics.ToEquatableArray());
    }

    internal static List<int> WriteDocument(DocumentGroup group, DocumentSourceModel model, LiteralTable pool, SourceWriter code)
    {
        var record = DocumentRecordWriter.Write(model.Document, model.Embedded, pool);
        if (group.DocumentMembers)
        {
            WriteClass(code, group, model);
        }

        return record;
    }

    private static void WriteTable(SourceWriter writer, DocumentGroup group, LiteralTable pool, List<int>?[] records)
    {
        // Escaped so that a lone surrogate survives UTF-8; string tables hold the same text, so both read alike.
        var pooled = pool.Values.Select(PoolText.Encode).ToList();
        var poolText = string.Concat(pooled);
        var wide = Pack(records, pooled, wide: true);

        var name = DocumentTables.ClassName(group.Table);
        writer.Line("/// <summary>The records of the documents in this file: DocGen's data, read by the catalog and the documents' classes.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line(Generated.HiddenAttribute);
        writer.Open("internal static class " + name);
        writer.Line("internal static readonly " + Generated.DocumentTable + " " + GeneratedNames.Table + " = new " + Generated.DocumentTable + "(");
        writer.Line("    typeof(" + name + ").Assembly,");
        if (wide.Length + poolText.Length <= StringLiteralLimit)
        {
            // Within its share of the string heap, a table is two string literals: one token each, the cheapest form
            // for the compiler (it lowers a UTF-8 literal or an array into one bound node per byte).
            writer.Line("    " + CSharpLiteral.Quote(wide) + ",");
            writer.Line("    " + CSharpLiteral.Quote(poolText) + ");");
        }
        else if (group.Utf8Literals)
        {
            // Beyond it, UTF-8 bytes, which land in the assembly's data, not in the string heap (CS8103 past 2^24 bytes).
            writer.Line("    \"" + Pack(records, pooled, wide: false) + "\"u8.ToArray(),");
            writer.Line("    " + CSharpLiteral.Quote(poolText) + "u8.ToArray());");
        }
        else
        {
            // Before C# 11, the same bytes as arrays.
            ByteArray(writer, Encoding.UTF8.GetBytes(Pack(records, pooled, wide: false)), ",");
            ByteArray(writer, Encoding.UTF8.GetBytes(poolText), ");");
        }

        writer.Close();
    }

    /// <summary>
    /// A table of at most this many characters is string literals: 64 tables of it fill half of the string heap (2
    /// bytes a character), which leaves the other half to the catalog and the project's own literals.
    /// </summary>
    internal const int StringLiteralLimit = 65_536;

    /// <summary>The table's numbers: its header (see the runtime's DocumentTable), then every record.</summary>
    private static string Pack(List<int>?[] records, List<string> pooled, bool wide)
    {
        var data = new StringBuilder();
        PackedNumbers.WriteAll(data, new[] { StorageLayout.TableFormat, records.Length, pooled.Count }, wide);
        PackedNumbers.WriteAll(data, pooled.Select(value => value.Length), wide);

        // Each record's length in packed characters; 0 marks one that could not be written.
        var packed = records.Select(record => record is null ? string.Empty : Pack(record, wide)).ToList();
        PackedNumbers.WriteAll(data, packed.Select(record => record.Length), wide);
        foreach (var record in packed)
        {
            data.Append(record);
        }

        return data.ToString();
    }

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

    private static string Pack(List<int> record, bool wide)
    {
        var text = new StringBuilder();
        PackedNumbers.WriteAll(text, record, wide);
        return text.ToString();
    }

    private static void WriteClass(SourceWriter writer, DocumentGroup group, DocumentSourceModel model)
    {
        var document = model.Document;
        writer.Line();
        DocumentDocs.Write(writer, document);
        writer.Line(Generated.CodeAttribute);
        writer.Open(group.Accessibility + " static class " + NameRules.ConstantsClass(model.MemberName));
        Constant(writer, group.Nullable, GeneratedNames.Id, "The archive's id of the document.", document.Id);
        Constant(writer, group.Nullable, GeneratedNames.Title, "The title, on one line.", document.Title);
        Constant(writer, group.Nullable, GeneratedNames.Url, "The document's URL in the online archive, or null.", document.Url);
        Constant(writer, group.Nullable, GeneratedNames.Citation, "The citation as written, URL brackets removed, or null.", document.Citation);
        Constant(writer, group.Nullable, GeneratedNames.DateText, "The date as written, or empty when the document has none.", document.Date.Text);
        CitationEmitter.WriteConstant(writer, document, group.CitationStyle);
        writer.Line("/// <summary>The typed document, built on first use.</summary>");
        DocumentProperty(writer, group, model);
        writer.Close();
    }

    private static void WritePlaceholder(SourceWriter writer, DocumentGroup group, DocumentSourceModel model)
    {
        writer.Line();
        writer.Line("/// <summary>DocGen could not write this document (error DG0014 names its file); reading it throws.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Open(group.Accessibility + " static class " + NameRules.ConstantsClass(model.MemberName));
        writer.Line("/// <summary>Throws: the document could not be written.</summary>");
        DocumentProperty(writer, group, model);
        writer.Close();
    }

    private static void DocumentProperty(SourceWriter writer, DocumentGroup group, DocumentSourceModel model) =>
        writer.Line("public static " + Generated.Document + " " + GeneratedNames.Document + " => "
            + DocumentTables.ClassName(group.Table) + "." + GeneratedNames.Table + ".Get(" + model.Slot.ToString(System.Globalization.CultureInfo.InvariantCulture) + ");");

    private static void Constant(SourceWriter writer, bool nullable, string name, string doc, string? value)
    {
        writer.Line("/// <summary>" + doc + "</summary>");
        writer.Line("public const string" + (value is null && nullable ? "? " : " ") + name + " = " + CSharpLiteral.Quote(value) + ";");
        writer.Line();
    }
}
