using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocGen.Generator.Collections;
using DocGen.Generator.Naming;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Emit;

/// <summary>
/// Writes the catalog class: <c>All</c> in date order, <c>Ids</c>, <c>Count</c>, <c>TryGet</c> and <c>Get</c>, and
/// one property per document unless they are switched off. It is built from the documents' keys only, so a body
/// edit never rewrites it.
/// </summary>
public static class CatalogEmitter
{
    private const string ReadOnlyList = "global::System.Collections.Generic.IReadOnlyList";
    private const string Archive = "the archive";

    public static string Emit(CatalogPlan plan)
    {
        var options = plan.Options;
        var writer = new SourceWriter();
        writer.Line(Generated.Header(options.Nullable));
        var hasNamespace = options.Namespace.Length > 0;
        if (hasNamespace)
        {
            writer.Open("namespace " + options.Namespace);
        }

        writer.Line("/// <summary>The archive's " + Count(plan.Entries.Count) + ", typed and checked at compile time by DocGen.</summary>");
        writer.Line(Generated.CodeAttribute);
        // Partial, so the project can declare the catalog itself to choose its accessibility.
        writer.Open(options.Accessibility + " static partial class " + options.CatalogName);
        WriteMembers(writer, plan, plan.Entries, Archive, plan.Collections);
        WriteShardOf(writer, plan);
        writer.Close();
        if (hasNamespace)
        {
            writer.Close();
        }

        return writer.ToString();
    }

    /// <summary>
    /// The members the catalog and each collection share, over <paramref name="entries"/> (in <c>All</c> order), then
    /// the collections inside, each a nested class with the same members over its own documents.
    /// </summary>
    private static void WriteMembers(SourceWriter writer, CatalogPlan plan, IReadOnlyList<CatalogEntry> entries, string what, IReadOnlyList<CollectionPlan> collections)
    {
        if (plan.Options.DocumentMembers)
        {
            WriteDocumentProperties(writer, plan, entries);
        }

        writer.Line("/// <summary>How many documents " + what + " holds.</summary>");
        writer.Line("public const int " + GeneratedNames.Count + " = " + entries.Count.ToString(CultureInfo.InvariantCulture) + ";");
        writer.Line();
        writer.Line("/// <summary>Every document's id, in the order of <see cref=\"" + GeneratedNames.All + "\"/>.</summary>");
        writer.Line("public static " + ReadOnlyList + "<string> " + GeneratedNames.Ids + " => " + GeneratedNames.Index + ".Ids;");
        writer.Line();
        writer.Line("/// <summary>Every document" + (what == Archive ? string.Empty : " of " + what) + ", ordered by date (undated last), then by id (numeric ids by value). Each is built when it is first read.</summary>");
        writer.Line("public static " + ReadOnlyList + "<" + Generated.Document + "> " + GeneratedNames.All + " => " + GeneratedNames.Index + ".All;");
        writer.Line();
        WriteTryGet(writer, plan.Options.Nullable);
        WriteGet(writer, plan.Options.Nullable);
        WriteIndex(writer, entries);
        foreach (var collection in collections)
        {
            writer.Line();
            writer.Line("/// <summary>The collection of the folder '" + DocComment.Escape(collection.Folder) + "': " + Count(collection.Entries.Count) + ".</summary>");
            writer.Open("public static partial class " + collection.Name);
            WriteMembers(writer, plan, collection.Entries.Select(i => plan.Entries[i]).ToList(), "the collection", collection.Children);
            writer.Close();
        }
    }

    private static void WriteDocumentProperties(SourceWriter writer, CatalogPlan plan, IReadOnlyList<CatalogEntry> entries)
    {
        var prefix = "global::" + plan.DocumentsNamespace + ".";
        foreach (var entry in entries)
        {
            // The document's class carries its title, date and summary; the catalog takes them from there, so a summary
            // edit changes only that class and never reruns the catalog (DocumentKey holds no summary).
            var documentClass = prefix + NameRules.ConstantsClass(entry.MemberName);
            writer.Line("/// <inheritdoc cref=\"" + documentClass + "\"/>");
            writer.Line("public static " + Generated.Document + " " + entry.MemberName + " => " + documentClass + "." + GeneratedNames.Document + ";");
            writer.Line();
        }
    }

    private static void WriteTryGet(SourceWriter writer, bool nullable)
    {
        writer.Line("/// <summary>Finds a document by its id (the number in its archive URL), by binary search.</summary>");
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

        writer.Line("    out " + Generated.Document + Generated.Nullable(nullable) + " document) => " + GeneratedNames.Index + "." + GeneratedNames.TryGet + "(id, out document);");
        writer.Line();
    }

    /// <summary>
    /// The lookups as data (<see cref="DocumentIndexLayout"/>, read by the runtime's DocumentIndex): ids in ordinal
    /// order in one literal, and three runs of fixed-width numbers in another, so the catalog's code is the same size for ten documents or fifty thousand.
    /// </summary>
    private static void WriteIndex(SourceWriter writer, IReadOnlyList<CatalogEntry> entries)
    {
        var (ids, numbers, width) = DocumentIndexLayout.Write(
            entries.Select(entry => entry.Id).ToList(), entries.Select(entry => DocumentIndexLayout.Place(entry.Shard, entry.Slot)).ToList());
        writer.Line("private static readonly " + Generated.DocumentIndex + " " + GeneratedNames.Index + " = new " + Generated.DocumentIndex + "(");
        writer.Line("    " + CSharpLiteral.Quote(ids) + ",");
        writer.Line("    \"" + numbers + "\",");
        writer.Line("    " + width.ToString(CultureInfo.InvariantCulture) + ",");
        writer.Line("    " + GeneratedNames.ShardOf + ");");
    }

    /// <summary>The catalog's one map from a shard's number to its class; every collection's index uses it.</summary>
    private static void WriteShardOf(SourceWriter writer, CatalogPlan plan)
    {
        var entries = plan.Entries;
        writer.Line();
        writer.Line("private static " + Generated.DocumentShard + " " + GeneratedNames.ShardOf + "(int shard)");
        writer.Line("{");
        writer.Line("    switch (shard)");
        writer.Line("    {");
        foreach (var shard in entries.Select(entry => entry.Shard).Distinct().OrderBy(shard => shard))
        {
            writer.Line("        case " + shard.ToString(CultureInfo.InvariantCulture) + ": return global::" + plan.DocumentsNamespace + "."
                + DocumentShards.ClassName(shard) + "." + GeneratedNames.Shard + ";");
        }

        writer.Line("        default: throw new global::System.ArgumentOutOfRangeException(nameof(shard));");
        writer.Line("    }");
        writer.Line("}");
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
