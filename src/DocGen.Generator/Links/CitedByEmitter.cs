using System.Linq;
using DocGen.Generator.Emit;

namespace DocGen.Generator.Links;

/// <summary>
/// Writes the catalog's <c>CitedBy(document)</c>: the project's documents whose references land in it, in date order.
/// A separate file, so a document's own record never depends on the others (each shard keeps caching on its own);
/// written only when some entry exists, so the switch always has a case.
/// </summary>
public static class CitedByEmitter
{
    public static string Emit(CitedBySource source)
    {
        const string Document = "global::DocGen.ArchiveDocument";
        const string List = "global::System.Collections.Generic.IReadOnlyList<" + Document + ">";
        var writer = new SourceWriter();
        writer.Line(Generated.Header(nullable: false));
        NestedClasses.Open(writer, source.Namespace, new[] { source.CatalogName });
        writer.Line("/// <summary>The documents of the project whose references (TEI <c>ref</c>) land in <paramref name=\"document\"/>, in date order; empty when none does.</summary>");
        writer.Open("public static " + List + " " + GeneratedNames.CitedBy + "(" + Document + " document)");
        writer.Line("if (document == null) throw new global::System.ArgumentNullException(nameof(document));");
        writer.Line("string[] ids;");
        // A switch statement, not an expression: the consumer's C# may be older than 8.
        writer.Open("switch (document.Id)");
        foreach (var entry in source.Entries)
        {
            writer.Line("case " + CSharpLiteral.Quote(entry.Id) + ": ids = new string[] { " + string.Join(", ", entry.CitedBy.Select(CSharpLiteral.Quote)) + " }; break;");
        }

        writer.Line("default: return global::System.Array.Empty<" + Document + ">();");
        writer.Close();
        writer.Line("var result = new " + Document + "[ids.Length];");
        writer.Line("for (var i = 0; i < ids.Length; i++) result[i] = " + GeneratedNames.Get + "(ids[i]);");
        writer.Line("return result;");
        writer.Close();
        NestedClasses.Close(writer, source.Namespace, new[] { source.CatalogName });
        return writer.ToString();
    }
}
