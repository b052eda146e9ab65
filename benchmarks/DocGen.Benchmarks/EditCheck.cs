using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Benchmarks;

/// <summary>
/// The one-document edit of goal (b): one document's body gets one more paragraph. <see cref="Validate"/> checks,
/// through the same GeneratorDriver, that only that document's generated file changes.
/// </summary>
public static class EditCheck
{
    public static int EditedIndex(int count) => count / 2;

    public static AdditionalText Edited(AdditionalText original) =>
        new Harness.InMemoryAdditionalText(
            original.Path,
            original.GetText(CancellationToken.None)!.ToString() + "An edited paragraph, added by the benchmark to this body only.\n\n");

    /// <summary>What changed between two runs of the same driver; throws when more than the edited document did.</summary>
    public sealed record Outcome(int Sources, int ChangedSources, string ChangedHintName, int ReusedTrees, int ChangedDiagnostics, string StepSummary)
    {
        public override string ToString() =>
            $"{Sources} generated sources; {ChangedSources} changed by content ({ChangedHintName}); {ReusedTrees} syntax trees reused as they were; "
            + $"{ChangedDiagnostics} diagnostics changed; steps after the edit: {StepSummary}";
    }

    public static Outcome Validate(ImmutableArray<AdditionalText> texts, CSharpCompilation compilation)
    {
        var index = EditedIndex(texts.Length);
        var original = texts[index];
        var edited = Edited(original);
        var id = ArchiveDocumentParser.Parse(original.Path, original.GetText(CancellationToken.None)!.ToString()).Id;

        // Step tracking says which steps reran; the compiler runs without it, and with it a run grows faster than
        // linearly in the number of documents, so it is on only for small corpora.
        var track = texts.Length <= 2000;
        var driver = Harness.Driver(texts, trackSteps: track).RunGenerators(compilation);
        var before = driver.GetRunResult();
        driver = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation);
        var after = driver.GetRunResult();

        var beforeSources = before.Results.Single().GeneratedSources.ToDictionary(s => s.HintName, StringComparer.Ordinal);
        var afterSources = after.Results.Single().GeneratedSources;
        if (afterSources.Length != beforeSources.Count)
        {
            throw new InvalidOperationException($"the edit changed the number of generated sources: {beforeSources.Count} -> {afterSources.Length}");
        }

        var changed = new List<string>();
        var reused = 0;
        foreach (var source in afterSources)
        {
            if (!beforeSources.TryGetValue(source.HintName, out var old))
            {
                throw new InvalidOperationException("the edit added the source " + source.HintName);
            }

            if (!old.SourceText.ContentEquals(source.SourceText))
            {
                changed.Add(source.HintName);
            }

            reused += ReferenceEquals(old.SyntaxTree, source.SyntaxTree) ? 1 : 0;
        }

        if (changed.Count != 1)
        {
            throw new InvalidOperationException($"expected exactly one changed source, found {changed.Count}: {string.Join(", ", changed.Take(10))}");
        }

        // The edited document's class is in the changed file. Its body is in the C# only when nothing is embedded: with
        // the files embedded (the default), the record holds slices of the file, and only their numbers change.
        var changedText = afterSources.Single(s => s.HintName == changed[0]).SourceText.ToString();
        if (!changedText.Contains("public const string Id = \"" + id + "\";", StringComparison.Ordinal)
            || (Harness.Literals && !changedText.Contains("An edited paragraph", StringComparison.Ordinal)))
        {
            throw new InvalidOperationException($"the changed source {changed[0]} is not the edited document's (id {id})");
        }

        var diagnosticsBefore = before.Diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var diagnosticsAfter = after.Diagnostics.Select(d => d.ToString()).OrderBy(s => s, StringComparer.Ordinal).ToList();
        var changedDiagnostics = diagnosticsBefore.Except(diagnosticsAfter).Count() + diagnosticsAfter.Except(diagnosticsBefore).Count();
        return new Outcome(afterSources.Length, changed.Count, changed[0], reused, changedDiagnostics, track ? Steps(after) : "(not tracked above 2,000 documents)");
    }

    private static string Steps(GeneratorDriverRunResult result)
    {
        var steps = result.Results.Single().TrackedSteps;
        var names = new[] { TrackingNames.Inputs, TrackingNames.Parsed, TrackingNames.Facts, TrackingNames.Keys, TrackingNames.Catalog, TrackingNames.DocumentSources, TrackingNames.DocumentDiagnostics };
        var builder = new StringBuilder();
        foreach (var name in names)
        {
            if (!steps.TryGetValue(name, out var runs))
            {
                continue;
            }

            var reasons = runs.SelectMany(r => r.Outputs).GroupBy(o => o.Reason).OrderBy(g => g.Key)
                .Select(g => $"{g.Count()} {g.Key}");
            builder.Append(builder.Length > 0 ? "; " : string.Empty).Append(name).Append(": ").Append(string.Join(", ", reasons));
        }

        return builder.ToString();
    }
}
