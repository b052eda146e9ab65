using System.Globalization;
using System.Linq;
using DocGen.Generator.Emit;

namespace DocGen.Generator.Places;

/// <summary>
/// Writes a collection's <c>Places</c> class inside its class (a partial of the class the catalog writes): one typed
/// field per place, <c>Get</c> by name, <c>Of</c> a document, and <c>All</c> in the order of their names.
/// </summary>
public static class PlaceEmitter
{
    /// <summary>The member that finds a document's place.</summary>
    public const string Of = "Of";

    private const string Place = "global::DocGen.ArchivePlace";

    public static string Emit(PlaceSource source)
    {
        var writer = new SourceWriter();
        writer.Line(Generated.Header(nullable: false));
        NestedClasses.Open(writer, source.Namespace, source.Classes);

        var count = source.Places.Count.ToString(CultureInfo.InvariantCulture);
        writer.Line("/// <summary>The places the collection's documents were written at, as their datelines name them: " + count + " places, in ordinal order of their names.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Open("public static class " + source.ClassName);
        foreach (var place in source.Places)
        {
            var documents = place.Documents.Count.ToString(CultureInfo.InvariantCulture);
            writer.Line("/// <summary>" + DocComment.Escape(place.Name) + ": " + documents + (place.Documents.Count == 1 ? " document" : " documents") + ".</summary>");
            writer.Line("public static readonly " + Place + " " + place.Member + " = new " + Place + "(" + CSharpLiteral.Quote(place.Name)
                + ", new string[] { " + string.Join(", ", place.Documents.Select(CSharpLiteral.Quote)) + " }, " + source.Catalog + "." + GeneratedNames.Get + ");");
            writer.Line();
        }

        writer.Line("/// <summary>The place named <paramref name=\"name\"/> exactly as a dateline writes it (\"" + DocComment.Escape(source.Places[0].Name) + "\"), or null when no document of the collection names it.</summary>");
        // A switch statement, not an expression: the consumer's C# may be older than 8.
        writer.Open("public static " + Place + " " + GeneratedNames.TryGet + "(string name)");
        writer.Open("switch (name)");
        foreach (var place in source.Places)
        {
            writer.Line("case " + CSharpLiteral.Quote(place.Name) + ": return " + place.Member + ";");
        }

        writer.Line("default: return null;");
        writer.Close();
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The place named <paramref name=\"name\"/>, as <see cref=\"" + GeneratedNames.TryGet + "\"/> finds it.</summary>");
        writer.Line("/// <exception cref=\"global::System.Collections.Generic.KeyNotFoundException\">No document of the collection names that place.</exception>");
        writer.Open("public static " + Place + " " + GeneratedNames.Get + "(string name)");
        writer.Line("var place = " + GeneratedNames.TryGet + "(name);");
        writer.Line("if (place == null) throw new global::System.Collections.Generic.KeyNotFoundException(\"No document of the collection was written at '\" + name + \"'.\");");
        writer.Line("return place;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>The place <paramref name=\"document\"/> was written at, or null when its dateline names none or it is not a document of this collection's places.</summary>");
        writer.Open("public static " + Place + " " + Of + "(global::DocGen.ArchiveDocument document)");
        writer.Line("if (document == null || document.Place == null) return null;");
        writer.Line("var place = " + GeneratedNames.TryGet + "(document.Place);");
        writer.Line("return place != null && place.Contains(document) ? place : null;");
        writer.Close();
        writer.Line();
        writer.Line("/// <summary>Every place, in ordinal order of their names.</summary>");
        writer.Line("public static global::System.Collections.Generic.IReadOnlyList<" + Place + "> " + GeneratedNames.All + " { get; } = new " + Place + "[] { "
            + string.Join(", ", source.Places.Select(p => p.Member)) + " };");
        writer.Close();
        NestedClasses.Close(writer, source.Namespace, source.Classes);

        return writer.ToString();
    }
}
