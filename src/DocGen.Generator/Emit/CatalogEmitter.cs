using System.Globalization;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes the catalog class: one property per document, <c>All</c> in date order, <c>Ids</c>, <c>Count</c>,
/// <c>TryGet</c> and <c>Get</c>. It is built from the documents' keys only, so a body edit never rewrites it.
/// </summary>
public static class CatalogEmitter
{
    private const string ReadOnlyCollection = "global::System.Collections.ObjectModel.ReadOnlyCollection";
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";

    public static string Emit(CatalogPlan plan)
    {
        var options = plan.Options;
        var prefix = "global::" + plan.DocumentsNamespace + ".";
        var writer = new SourceWriter();
        writer.Line(Generated.Header(options.Nullable));
        var hasNamespace = options.Namespace.Length > 0;
        if (hasNamespace)
        {
            writer.Open("namespace " + options.Namespace);
        }

        writer.Line("/// <summary>The archive's " + Count(plan.Entries.Count) + ", typed and checked at compile time by DocGen.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Open("public static class " + options.CatalogName);
        foreach (var entry in plan.Entries)
        {
            writer.Line("/// <summary>" + DocComment.Escape(entry.Title) + "</summary>");
            writer.Line("/// <remarks>" + DocComment.Escape(entry.DateText.Length == 0 ? "undated" : entry.DateText) + " · id " + DocComment.Escape(entry.Id) + "</remarks>");
            writer.Line("public static " + Generated.Document + " " + entry.MemberName + " => " + prefix + entry.MemberName + "." + GeneratedNames.Document + ";");
            writer.Line();
        }

        writer.Line("/// <summary>How many documents the archive holds.</summary>");
        writer.Line("public const int " + GeneratedNames.Count + " = " + plan.Entries.Count.ToString(CultureInfo.InvariantCulture) + ";");
        writer.Line();
        writer.Line("/// <summary>Every document's id, in the order of <see cref=\"" + GeneratedNames.All + "\"/>.</summary>");
        writer.Line("public static " + ReadOnlyList + "<string> " + GeneratedNames.Ids + " { get; } = new " + ReadOnlyCollection + "<string>(new string[]");
        writer.Line("{");
        foreach (var entry in plan.Entries)
        {
            writer.Line("    " + CSharpLiteral.Quote(entry.Id) + ",");
        }

        writer.Line("});");
        writer.Line();
        writer.Line("/// <summary>Every document, ordered by date (undated last), then by id. Documents are created on first use.</summary>");
        writer.Line("public static " + ReadOnlyList + "<" + Generated.Document + "> " + GeneratedNames.All + " => " + GeneratedNames.AllHolder + ".Value;");
        writer.Line();
        WriteTryGet(writer, plan, prefix);
        WriteGet(writer, options.Nullable);
        writer.Open("private static class " + GeneratedNames.AllHolder);
        writer.Line("internal static readonly " + ReadOnlyCollection + "<" + Generated.Document + "> Value = new " + ReadOnlyCollection + "<" + Generated.Document + ">(new " + Generated.Document + "[]");
        writer.Line("{");
        foreach (var entry in plan.Entries)
        {
            writer.Line("    " + prefix + entry.MemberName + "." + GeneratedNames.Document + ",");
        }

        writer.Line("});");
        writer.Close();
        writer.Close();
        if (hasNamespace)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    private static void WriteTryGet(SourceWriter writer, CatalogPlan plan, string prefix)
    {
        var nullable = plan.Options.Nullable;
        writer.Line("/// <summary>Finds a document by its id (the number in its archive URL).</summary>");
        writer.Line("/// <param name=\"id\">The document id, e.g. \"112106\".</param>");
        writer.Line("/// <param name=\"document\">The document, or null when no document has that id.</param>");
        writer.Line("/// <returns>Whether a document has that id.</returns>");
        writer.Line("public static bool " + GeneratedNames.TryGet + "(string id,");
        if (nullable)
        {
            writer.Line("#if NETCOREAPP3_0_OR_GREATER || NETSTANDARD2_1_OR_GREATER");
            writer.Line("    [global::System.Diagnostics.CodeAnalysis.NotNullWhen(true)]");
            writer.Line("#endif");
        }

        writer.Line("    out " + Generated.Document + Generated.Nullable(nullable) + " document)");
        writer.Line("{");
        writer.Line("    switch (id)");
        writer.Line("    {");
        foreach (var entry in plan.Entries)
        {
            writer.Line("        case " + CSharpLiteral.Quote(entry.Id) + ": document = " + prefix + entry.MemberName + "." + GeneratedNames.Document + "; return true;");
        }

        writer.Line("        default: document = null; return false;");
        writer.Line("    }");
        writer.Line("}");
        writer.Line();
    }

    private static void WriteGet(SourceWriter writer, bool nullable)
    {
        writer.Line("/// <summary>Gets a document by its id.</summary>");
        writer.Line("/// <param name=\"id\">The document id, e.g. \"112106\".</param>");
        writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No document has that id.</exception>");
        writer.Line("public static " + Generated.Document + " " + GeneratedNames.Get + "(string id) =>");
        writer.Line("    " + GeneratedNames.TryGet + "(id, out var document) ? document" + (nullable ? "!" : string.Empty)
            + " : throw new global::System.Collections.Generic.KeyNotFoundException(\"No document with id '\" + id + \"' in the archive.\");");
        writer.Line();
    }

    private static string Count(int count) => count == 1 ? "1 document" : count.ToString(CultureInfo.InvariantCulture) + " documents";
}
