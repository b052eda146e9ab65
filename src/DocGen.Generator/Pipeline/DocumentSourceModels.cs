using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace DocGen.Generator.Pipeline;

/// <summary>Turns the parsed documents and the catalog into one source model per catalog entry, in path order.</summary>
public static class DocumentSourceModels
{
    public static ImmutableArray<DocumentSourceModel> Create(ImmutableArray<ParsedInput> inputs, CatalogPlan plan)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var models = new List<(string Path, DocumentSourceModel Model)>(inputs.Length);
        foreach (var input in inputs)
        {
            var path = input.Document.Path;
            if (plan.Find(path) is { } entry && seen.Add(path))
            {
                models.Add((path, new DocumentSourceModel(plan.DocumentsNamespace, entry.MemberName, plan.Options.Nullable, input.Content, input.Embedded)));
            }
        }

        // Path order keeps each model at the same position from run to run, so unchanged ones compare equal.
        models.Sort((left, right) => string.CompareOrdinal(left.Path, right.Path));
        var result = ImmutableArray.CreateBuilder<DocumentSourceModel>(models.Count);
        foreach (var (_, model) in models)
        {
            result.Add(model);
        }

        return result.MoveToImmutable();
    }
}
