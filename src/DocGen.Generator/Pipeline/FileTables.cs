using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// Gathers the tables of the embedded files that hold many documents, and names their classes: nested in
/// <see cref="Container"/> (a name the catalog reserves), one per file, named from its resource name so that a shard
/// and the table's own source name it alike.
/// </summary>
public static class FileTables
{
    /// <summary>The partial class, in the documents' namespace, that holds every file's table.</summary>
    public const string Container = "DocGenFiles";

    /// <summary>The field of a table's class that holds its <c>ArchiveFile</c>.</summary>
    public const string Field = "File";

    public static ImmutableArray<FileTableModel> Create(ImmutableArray<ParsedInput> inputs, CatalogPlan plan)
    {
        // By file, then by part: a file handed over twice gives its table once.
        var files = new SortedDictionary<string, SortedDictionary<int, ParsedInput>>(StringComparer.Ordinal);
        foreach (var input in inputs)
        {
            if (input.Embedded is { Part: > 0 } embedded)
            {
                if (!files.TryGetValue(embedded.ResourceName, out var parts))
                {
                    files.Add(embedded.ResourceName, parts = new SortedDictionary<int, ParsedInput>());
                }

                if (!parts.ContainsKey(embedded.Part))
                {
                    parts.Add(embedded.Part, input);
                }
            }
        }

        var catalog = plan.Options.CatalogName.TrimStart('@');
        var result = ImmutableArray.CreateBuilder<FileTableModel>(files.Count);
        foreach (var file in files)
        {
            // Parts are numbered from 1 without gaps (DocumentStage.Inputs); a missing one would start at 0.
            var starts = new int[file.Value.Keys.Max()];
            foreach (var part in file.Value)
            {
                starts[part.Key - 1] = part.Value.FileStart;
            }

            var name = ClassName(file.Key);
            result.Add(new FileTableModel(file.Key, catalog + ".Files." + name + ".g.cs", plan.DocumentsNamespace, file.Value.First().Value.FileLength, starts.ToEquatableArray()));
        }

        return result.MoveToImmutable();
    }

    /// <summary>
    /// The class of a file's table: "F", then the resource name's letters and digits, each other character as "_" and
    /// a letter ('_' as "__"), so two resource names never give one class name.
    /// </summary>
    public static string ClassName(string resourceName)
    {
        var name = new StringBuilder("F", resourceName.Length + 8);
        foreach (var c in resourceName)
        {
            if (c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9')
            {
                name.Append(c);
            }
            else
            {
                name.Append('_').Append(c switch { '_' => '_', '.' => 'd', '/' => 's', '-' => 'h', _ => 'x' });
            }
        }

        return name.ToString();
    }
}
