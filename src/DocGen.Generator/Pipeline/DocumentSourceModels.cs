using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// Turns the parsed documents and the catalog into the generated files' models: each catalog entry goes to the
/// table and slot the catalog gave it, so the catalog and the files always agree.
/// </summary>
public static class DocumentSourceModels
{
    public static ImmutableArray<DocumentGroup> Create(ImmutableArray<ParsedInput> inputs, CatalogPlan plan)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<DocumentSourceModel>?[DocumentTables.Count];
        foreach (var input in inputs)
        {
            var address = input.Address;
            if (plan.Find(address) is { } entry && seen.Add(address))
            {
                (groups[entry.Table] ??= new List<DocumentSourceModel>()).Add(
                    new DocumentSourceModel(entry.MemberName, entry.Slot, input.Document.Path, input.Content, input.Embedded));
            }
        }

        // Slot order, whatever order the files came in, so an unchanged group compares equal from run to run.
        var options = plan.Options;
        var result = ImmutableArray.CreateBuilder<DocumentGroup>();
        for (var table = 0; table < groups.Length; table++)
        {
            if (groups[table] is { } models)
            {
                models.Sort((left, right) => left.Slot.CompareTo(right.Slot));
                var hint = options.CatalogName.TrimStart('@') + ".Documents" + DocumentTables.Number(table) + ".g.cs";
                result.Add(new DocumentGroup(
                    table, hint, plan.DocumentsNamespace, options.Nullable, options.Utf8Literals, options.DocumentMembers, options.CitationStyle, models.ToEquatableArray())
                {
                    Accessibility = options.Accessibility,
                });
            }
        }

        return result.ToImmutable();
    }
}
