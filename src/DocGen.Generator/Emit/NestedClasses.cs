using System.Collections.Generic;

namespace DocGen.Generator.Emit;

/// <summary>
/// Opens and closes a file's namespace and the static partial classes a generated class nests in (the catalog, then
/// a collection and the collections around it), for the files that add a class to a collection.
/// </summary>
internal static class NestedClasses
{
    public static void Open(SourceWriter writer, string ns, IEnumerable<string> classes)
    {
        if (ns.Length > 0)
        {
            writer.Open("namespace " + ns);
        }

        foreach (var name in classes)
        {
            writer.Open("static partial class " + name);
        }
    }

    public static void Close(SourceWriter writer, string ns, IReadOnlyCollection<string> classes)
    {
        for (var i = 0; i < classes.Count; i++)
        {
            writer.Close();
        }

        if (ns.Length > 0)
        {
            writer.Close();
        }
    }
}
