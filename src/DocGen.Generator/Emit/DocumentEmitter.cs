using System.Globalization;
using DocGen.Core.Citations;
using DocGen.Core.Dates;
using DocGen.Core.Model;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes one document's file: a static class of constants (usable in attributes and switch cases) and the typed
/// <c>ArchiveDocument</c>, created on first use.
/// </summary>
public static class DocumentEmitter
{
    public static string Emit(DocumentSourceModel model)
    {
        var document = model.Document;
        var writer = new SourceWriter();
        writer.Line(Generated.Header(model.Nullable));
        writer.Open("namespace " + model.Namespace);
        DocumentDocs.Write(writer, document);
        writer.Line(Generated.CodeAttribute);
        writer.Open("public static class " + model.MemberName);
        Constant(writer, model.Nullable, GeneratedNames.Id, "The archive's id of the document.", document.Id);
        Constant(writer, model.Nullable, GeneratedNames.Title, "The title, on one line.", document.Title);
        Constant(writer, model.Nullable, GeneratedNames.Url, "The document's URL in the online archive, or null.", document.Url);
        Constant(writer, model.Nullable, GeneratedNames.Citation, "The citation as written, URL brackets removed, or null.", document.Citation);
        Constant(writer, model.Nullable, GeneratedNames.DateText, "The date as written, or empty when the document has none.", document.Date.Text);
        CitationEmitter.WriteConstant(writer, model);
        writer.Line("/// <summary>The typed document.</summary>");
        writer.Line("public static " + Generated.Document + " " + GeneratedNames.Document + " => " + GeneratedNames.Holder + ".Value;");
        writer.Line();
        writer.Line("// A nested holder keeps the document (and its body) unbuilt until it is first asked for.");
        writer.Open("private static class " + GeneratedNames.Holder);
        writer.Line("internal static readonly " + Generated.Document + " Value = new " + Generated.Document + "(");
        WriteArguments(writer, document);
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }

    private static void Constant(SourceWriter writer, bool nullable, string name, string doc, string? value)
    {
        writer.Line("/// <summary>" + doc + "</summary>");
        writer.Line("public const string" + (value is null && nullable ? "? " : " ") + name + " = " + CSharpLiteral.Quote(value) + ";");
        writer.Line();
    }

    private static void WriteArguments(SourceWriter writer, ParsedDocument document)
    {
        writer.Line("    id: " + GeneratedNames.Id + ",");
        writer.Line("    title: " + GeneratedNames.Title + ",");
        writer.Line("    date: " + Date(document.Date) + ",");
        writer.Line("    url: " + GeneratedNames.Url + ",");
        writer.Line("    citation: " + GeneratedNames.Citation + ",");
        writer.Line("    archiveName: " + CSharpLiteral.Quote(document.ArchiveName) + ",");
        Array(writer, "sources", "global::DocGen.ArchivalReference", Sources(document.Sources));
        writer.Line("    summary: " + CSharpLiteral.Quote(document.Summary) + ",");
        Array(writer, "originalLanguages", "string", Strings(document.OriginalLanguages));
        writer.Line("    contents: " + CSharpLiteral.Quote(document.Contents) + ",");
        Array(writer, "body", "string", Strings(document.Body));
        writer.Line("    fields: " + Fields(document.Fields) + ",");
        CitationEmitter.WriteArguments(writer, document);
        Array(writer, "languageTags", "string", Strings(document.LanguageTags), last: true);
    }

    private static string Date(ParsedDate date) =>
        "new global::DocGen.DocumentDate(" + GeneratedNames.DateText + ", " + Point(date.Start) + ", " + Point(date.End) + ", " + Bool(date.IsRange) + ", "
        + Bool(date.IsApproximate) + ", " + Bool(date.IsUncertain) + ", " + CSharpLiteral.Quote(date.Edtf) + ")";

    private static string Point(DatePoint point) =>
        "new global::DocGen.DatePoint(" + Int(point.Year) + ", " + Int(point.Month) + ", " + Int(point.Day)
        + ", global::DocGen.DatePrecision." + point.Precision.ToString() + ")";

    /// <summary>Writes a named array argument, one element a line, or null when there are none.</summary>
    internal static void Array(SourceWriter writer, string name, string elementType, string[] elements, bool last = false)
    {
        var end = last ? ");" : ",";
        if (elements.Length == 0)
        {
            writer.Line("    " + name + ": null" + end);
            return;
        }

        writer.Line("    " + name + ": new " + elementType + "[]");
        writer.Line("    {");
        foreach (var element in elements)
        {
            writer.Line("        " + element + ",");
        }

        writer.Line("    }" + end);
    }

    private static string[] Sources(EquatableArray<ArchivalReferenceInfo> sources)
    {
        var parts = new string[sources.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var source = sources[i];
            var locators = new string[source.Locators.Count];
            for (var j = 0; j < locators.Length; j++)
            {
                var locator = source.Locators[j];
                locators[j] = "new global::DocGen.ArchivalLocator(" + CSharpLiteral.Quote(locator.Label) + ", "
                    + CSharpLiteral.Quote(locator.Kind) + ", " + CSharpLiteral.Quote(locator.Value) + ")";
            }

            parts[i] = "new global::DocGen.ArchivalReference(" + CSharpLiteral.Quote(source.Raw) + ", " + CSharpLiteral.Quote(source.Repository)
                + ", new global::DocGen.ArchivalLocator[] { " + string.Join(", ", locators) + " })";
        }

        return parts;
    }

    internal static string[] Strings(EquatableArray<string> values)
    {
        var parts = new string[values.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = CSharpLiteral.Quote(values[i]);
        }

        return parts;
    }

    private static string Fields(EquatableArray<DocumentField> fields)
    {
        if (fields.IsEmpty)
        {
            return "null";
        }

        var parts = new string[fields.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = "[" + CSharpLiteral.Quote(fields[i].Label) + "] = " + CSharpLiteral.Quote(fields[i].Value);
        }

        return "new global::System.Collections.Generic.Dictionary<string, string> { " + string.Join(", ", parts) + " }";
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
