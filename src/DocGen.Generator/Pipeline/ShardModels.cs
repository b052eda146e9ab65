using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using DocGen.Core.Model;
using DocGen.Generator.Styles;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// Turns the parsed documents and the catalog into the generated files' models: each catalog entry goes to the
/// shard and slot the catalog gave it, so the catalog and the files always agree.
/// </summary>
public static class ShardModels
{
    public static ImmutableArray<ShardModel> Create(ImmutableArray<ParsedInput> inputs, CatalogPlan plan, ConstantStyle citationStyle)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var shards = new List<DocumentModel>?[DocumentShards.Count];
        foreach (var input in inputs)
        {
            var address = input.Address;
            if (plan.Find(address) is { } entry && seen.Add(address))
            {
                (shards[entry.Shard] ??= new List<DocumentModel>()).Add(
                    new DocumentModel(entry.MemberName, entry.Slot, input.Document.Path, input.Content, input.Embedded));
            }
        }

        // Slot order, whatever order the files came in, so an unchanged shard compares equal from run to run.
        var options = plan.Options;
        var result = ImmutableArray.CreateBuilder<ShardModel>();
        for (var shard = 0; shard < shards.Length; shard++)
        {
            if (shards[shard] is { } models)
            {
                models.Sort((left, right) => left.Slot.CompareTo(right.Slot));
                var hint = options.CatalogName.TrimStart('@') + ".Documents" + DocumentShards.Number(shard) + ".g.cs";
                result.Add(new ShardModel(
                    shard, hint, plan.DocumentsNamespace, options.Nullable, options.Utf8Literals, options.DocumentMembers, citationStyle, models.ToEquatableArray())
                {
                    Accessibility = options.Accessibility,
                });
            }
        }

        return result.ToImmutable();
    }
}
