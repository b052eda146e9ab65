using DocGen.Generator.Emit;

namespace DocGen.Generator.Links;

/// <summary>
/// Writes the page table (<see cref="PageLinkTable"/>): a switch from a cited page of another volume to the document
/// it falls in, which the runtime consults for a link whose document the reader could not know.
/// </summary>
public static class PageLinkEmitter
{
    public static string Emit(PageLinkTable table)
    {
        var writer = new SourceWriter();
        writer.Line(Generated.Header(nullable: false));
        writer.Open("namespace " + table.Namespace);
        writer.Line("/// <summary>The pages of other volumes the project's documents cite, each with the document of the project it falls in.</summary>");
        writer.Line(Generated.CodeAttribute);
        writer.Line(Generated.HiddenAttribute);
        writer.Open("internal static class " + PageLinkTable.ClassName);
        writer.Line("/// <summary>The id of the document <paramref name=\"target\"/> (\"frus1950v06#pg_587\") falls in, or null when the project has none.</summary>");
        writer.Open("internal static string " + PageLinkTable.Method + "(string target)");
        // A switch statement, not an expression: the consumer's C# may be older than 8.
        writer.Open("switch (target)");
        foreach (var entry in table.Entries)
        {
            writer.Line("case " + CSharpLiteral.Quote(entry.Target) + ": return " + CSharpLiteral.Quote(entry.DocumentId) + ";");
        }

        writer.Line("default: return null;");
        writer.Close();
        writer.Close();
        writer.Close();
        writer.Close();
        return writer.ToString();
    }
}
