using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes a group's file: per document, a static class of constants (usable in attributes and switch cases) and the
/// typed <c>ArchiveDocument</c>, created on first use.
/// </summary>
public static class DocumentEmitter
{
    public static string Emit(DocumentGroup group)
    {
        var writer = new SourceWriter();
        writer.Line(Generated.Header(group.Nullable));
        writer.Open("namespace " + group.Namespace);
        for (var i = 0; i < group.Documents.Count; i++)
        {
            if (i > 0)
            {
                writer.Line();
            }

            WriteClass(writer, group, group.Documents[i]);
        }

        writer.Close();
        return writer.ToString();
    }

    private static void WriteClass(SourceWriter writer, DocumentGroup group, DocumentSourceModel model)
    {
        var document = model.Document;
        DocumentDocs.Write(writer, document);
        writer.Line(Generated.CodeAttribute);
        writer.Open("public static class " + model.MemberName);
        Constant(writer, group.Nullable, GeneratedNames.Id, "The archive's id of the document.", document.Id);
        Constant(writer, group.Nullable, GeneratedNames.Title, "The title, on one line.", document.Title);
        Constant(writer, group.Nullable, GeneratedNames.Url, "The document's URL in the online archive, or null.", document.Url);
        Constant(writer, group.Nullable, GeneratedNames.Citation, "The citation as written, URL brackets removed, or null.", document.Citation);
        Constant(writer, group.Nullable, GeneratedNames.DateText, "The date as written, or empty when the document has none.", document.Date.Text);
        CitationEmitter.WriteConstant(writer, document, group.CitationStyle);
        writer.Line("/// <summary>The typed document.</summary>");
        writer.Line("public static " + Generated.Document + " " + GeneratedNames.Document + " => " + GeneratedNames.Holder + ".Value;");
        writer.Line();
        writer.Line("// A nested holder keeps the document (and its body) unbuilt until it is first asked for.");
        writer.Open("private static class " + GeneratedNames.Holder);
        var embedded = model.Embedded;
        var (data, literals) = DocumentRecordWriter.Write(document, embedded?.Text);

        // Long strings are cut out of the embedded file (read once, when the document is built, then dropped).
        var text = embedded is null
            ? "null"
            : Generated.ArchiveText + ".Load(typeof(" + GeneratedNames.Holder + ").Assembly, " + CSharpLiteral.Quote(embedded.ResourceName) + ", "
                + embedded.Text.Length.ToString(CultureInfo.InvariantCulture) + ")";
        writer.Line("internal static readonly " + Generated.Document + " Value = " + Generated.DocumentRecord + ".Read(");
        writer.Line("    " + text + ",");
        writer.Line("    new int[] { " + Join(data, value => value.ToString(CultureInfo.InvariantCulture)) + " },");
        writer.Line("    new string[] { " + Join(literals, value => CSharpLiteral.Quote(value)) + " });");
        writer.Close();
        writer.Close();
    }

    private static string Join<T>(IReadOnlyList<T> values, Func<T, string> format)
    {
        var builder = new StringBuilder();
        for (var i = 0; i < values.Count; i++)
        {
            builder.Append(i == 0 ? string.Empty : ", ").Append(format(values[i]));
        }

        return builder.ToString();
    }

    private static void Constant(SourceWriter writer, bool nullable, string name, string doc, string? value)
    {
        writer.Line("/// <summary>" + doc + "</summary>");
        writer.Line("public const string" + (value is null && nullable ? "? " : " ") + name + " = " + CSharpLiteral.Quote(value) + ";");
        writer.Line();
    }
}
