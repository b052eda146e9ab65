using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// Turns the parsed documents and the catalog into the generated files' models: one per catalog entry, put into one
/// of <see cref="GroupCount"/> groups by a hash of its member name.
/// </summary>
public static class DocumentSourceModels
{
    /// <summary>At most this many document files, whatever the archive's size.</summary>
    public const int GroupCount = 64;

    public static ImmutableArray<DocumentGroup> Create(ImmutableArray<ParsedInput> inputs, CatalogPlan plan)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<DocumentSourceModel>?[GroupCount];
        foreach (var input in inputs)
        {
            var path = input.Document.Path;
            if (plan.Find(path) is { } entry && seen.Add(path))
            {
                // By member name, not path: the same archive checked out anywhere gives the same files.
                var group = Group(entry.MemberName);
                (groups[group] ??= new List<DocumentSourceModel>()).Add(
                    new DocumentSourceModel(entry.MemberName, input.Content, input.Embedded));
            }
        }

        // Fixed order inside a group (member names are unique), so an unchanged group compares equal from run to run.
        var result = ImmutableArray.CreateBuilder<DocumentGroup>();
        for (var i = 0; i < GroupCount; i++)
        {
            if (groups[i] is { } models)
            {
                models.Sort((left, right) => string.CompareOrdinal(left.MemberName, right.MemberName));
                var hint = plan.Options.CatalogName.TrimStart('@') + ".Documents" + i.ToString("00", CultureInfo.InvariantCulture) + ".g.cs";
                result.Add(new DocumentGroup(hint, plan.DocumentsNamespace, plan.Options.Nullable, plan.Options.CitationStyle, models.ToEquatableArray()));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>FNV-1a over the name's UTF-16 code units: stable across runs, machines and .NET versions.</summary>
    public static int Group(string memberName)
    {
        var hash = 2166136261u;
        foreach (var c in memberName)
        {
            hash = unchecked((hash ^ c) * 16777619u);
        }

        return (int)(hash % GroupCount);
    }
}
