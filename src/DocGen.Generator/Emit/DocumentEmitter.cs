using System;
using System.Collections.Generic;
using System.Globalization;
using DocGen.Core.Citations;
using DocGen.Core.Dates;
using DocGen.Core.Model;
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

            WriteClass(writer, group.Documents[i]);
        }

        writer.Close();
        return writer.ToString();
    }

    private static void WriteClass(SourceWriter writer, DocumentSourceModel model)
    {
        var document = model.Document;
        DocumentDocs.Write(writer, document);
        writer.Line(Generated.CodeAttribute);
        writer.Open("public static class " + model.MemberName);
        Constant(writer, model.Nullable, GeneratedNames.Id, "The archive's id of the document.", document.Id);
        Constant(writer, model.Nullable, GeneratedNames.Title, "The title, on one line.", document.Title);
        Constant(writer, model.Nullable, GeneratedNames.Url, "The document's URL in the online archive, or null.", document.Url);
        Constant(writer, model.Nullable, GeneratedNames.Citation, "The citation as written, URL brackets removed, or null.", document.Citation);
        Constant(writer, model.Nullable, GeneratedNames.DateText, "The date as written, or empty when the document has none.", document.Date.Text);
        writer.Line("/// <summary>The typed document.</summary>");
        writer.Line("public static " + Generated.Document + " " + GeneratedNames.Document + " => " + GeneratedNames.Holder + ".Value;");
        writer.Line();
        writer.Line("// A nested holder keeps the document (and its body) unbuilt until it is first asked for.");
        writer.Open("private static class " + GeneratedNames.Holder);
        if (model.Embedded is { } embedded)
        {
            // Long strings are cut out of the embedded file, read once when the document is built and then dropped.
            writer.Line("internal static readonly " + Generated.Document + " Value = Create(" + Generated.ArchiveText + ".Load(typeof(" + GeneratedNames.Holder + ").Assembly, "
                + CSharpLiteral.Quote(embedded.ResourceName) + ", " + embedded.Text.Length.ToString(CultureInfo.InvariantCulture) + "));");
            writer.Line();
            writer.Line("private static " + Generated.Document + " Create(" + Generated.ArchiveText + " " + TextVariable + ") => new " + Generated.Document + "(");
            var slices = new TextSlices(embedded.Text, TextVariable);
            WriteArguments(writer, document, slices.Expression, slices.ListExpression);
        }
        else
        {
            writer.Line("internal static readonly " + Generated.Document + " Value = new " + Generated.Document + "(");
            WriteArguments(writer, document, CSharpLiteral.Quote, list: null);
        }

        writer.Close();
        writer.Close();
    }

    private static void Constant(SourceWriter writer, bool nullable, string name, string doc, string? value)
    {
        writer.Line("/// <summary>" + doc + "</summary>");
        writer.Line("public const string" + (value is null && nullable ? "? " : " ") + name + " = " + CSharpLiteral.Quote(value) + ";");
        writer.Line();
    }

    private const string TextVariable = "text";

    /// <param name="text">How a string is written: a literal, or (embedded) maybe a slice of the file.</param>
    /// <param name="list">How the body is written when embedded: one table of slices; null for an array of literals.</param>
    private static void WriteArguments(SourceWriter writer, ParsedDocument document, Func<string?, string> text, Func<IReadOnlyList<string>, string>? list)
    {
        var embedded = list is not null;
        writer.Line("    id: " + GeneratedNames.Id + ",");
        writer.Line("    title: " + (embedded ? text(document.Title) : GeneratedNames.Title) + ",");
        writer.Line("    date: " + Date(document.Date) + ",");
        writer.Line("    url: " + GeneratedNames.Url + ",");
        writer.Line("    citation: " + (embedded ? text(document.Citation) : GeneratedNames.Citation) + ",");
        writer.Line("    archiveName: " + text(document.ArchiveName) + ",");
        Array(writer, "sources", "global::DocGen.ArchivalReference", Sources(document.Sources, text));
        writer.Line("    summary: " + text(document.Summary) + ",");
        Array(writer, "originalLanguages", "string", Strings(document.OriginalLanguages, text));
        writer.Line("    contents: " + text(document.Contents) + ",");
        if (list is not null && document.Body.Count > 0)
        {
            writer.Line("    body: " + list(document.Body) + ",");
        }
        else
        {
            Array(writer, "body", "string", Strings(document.Body, text));
        }

        writer.Line("    fields: " + Fields(document.Fields, text) + ",");
        Array(writer, "languageTags", "string", Strings(document.LanguageTags, text), last: true);
    }

    private static string Date(ParsedDate date) =>
        "new global::DocGen.DocumentDate(" + GeneratedNames.DateText + ", " + Point(date.Start) + ", " + Point(date.End) + ", " + Bool(date.IsRange) + ", "
        + Bool(date.IsApproximate) + ", " + Bool(date.IsUncertain) + ", " + CSharpLiteral.Quote(date.Edtf) + ")";

    private static string Point(DatePoint point) =>
        "new global::DocGen.DatePoint(" + Int(point.Year) + ", " + Int(point.Month) + ", " + Int(point.Day)
        + ", global::DocGen.DatePrecision." + point.Precision.ToString() + ")";

    /// <summary>Writes a named array argument, one element a line, or null when there are none.</summary>
    private static void Array(SourceWriter writer, string name, string elementType, string[] elements, bool last = false)
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

    private static string[] Sources(EquatableArray<ArchivalReferenceInfo> sources, Func<string?, string> text)
    {
        var parts = new string[sources.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var source = sources[i];
            var locators = new string[source.Locators.Count];
            for (var j = 0; j < locators.Length; j++)
            {
                var locator = source.Locators[j];
                locators[j] = "new global::DocGen.ArchivalLocator(" + text(locator.Label) + ", " + text(locator.Kind) + ", " + text(locator.Value) + ")";
            }

            parts[i] = "new global::DocGen.ArchivalReference(" + text(source.Raw) + ", " + text(source.Repository)
                + ", new global::DocGen.ArchivalLocator[] { " + string.Join(", ", locators) + " })";
        }

        return parts;
    }

    private static string[] Strings(EquatableArray<string> values, Func<string?, string> text)
    {
        var parts = new string[values.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = text(values[i]);
        }

        return parts;
    }

    private static string Fields(EquatableArray<DocumentField> fields, Func<string?, string> text)
    {
        if (fields.IsEmpty)
        {
            return "null";
        }

        var parts = new string[fields.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = "[" + text(fields[i].Label) + "] = " + text(fields[i].Value);
        }

        return "new global::System.Collections.Generic.Dictionary<string, string> { " + string.Join(", ", parts) + " }";
    }

    private static string Int(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string Bool(bool value) => value ? "true" : "false";
}
