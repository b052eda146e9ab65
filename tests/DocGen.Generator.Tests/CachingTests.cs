using System.Collections.Generic;
using System.Linq;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>Edits go through the driver the way the IDE sends them; only the edited document's steps may rerun.</summary>
public class CachingTests
{
    private static readonly string[] Steps =
    {
        TrackingNames.Names, TrackingNames.Inputs, TrackingNames.Parsed, TrackingNames.Facts, TrackingNames.Keys, TrackingNames.Catalog,
        TrackingNames.DocumentSources, TrackingNames.DocumentDiagnostics,
    };

    [Theory]
    [InlineData("The memorandum's only paragraph.", "The memorandum's only paragraph.\n\nA new closing paragraph.")]
    [InlineData("A short memorandum.", "A summary that says more than before.")]
    public void BodyOrSummaryEditRerunsOnlyThatDocument(string before, string after)
    {
        // The summary is in the document's XML docs; the catalog's property inherits them, so its key holds no summary.
        var (driver, _, _) = Run(out var files);
        Assert.Contains(before, TestDocuments.Memo);
        var edited = GeneratorHarness.File(files[1].Path, TestDocuments.Memo.Replace(before, after));

        var result = driver.ReplaceAdditionalText(files[1], edited).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        var modified = ModifiedOutputs(result);
        Assert.Equal(new[] { TrackingNames.DocumentSources, TrackingNames.Inputs, TrackingNames.Parsed }, modified.Keys.OrderBy(k => k, System.StringComparer.Ordinal));
        Assert.All(modified.Values, count => Assert.Equal(1, count));
        var source = Assert.Single(result.TrackedSteps[TrackingNames.DocumentSources].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.Equal(new[] { "MemorandumOnTheHarbourQuestion" }, Members(source.Value));
        Assert.All(result.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs), o => Assert.True(IsReused(o.Reason), o.Reason.ToString()));
    }

    [Fact]
    public void TitleEditRebuildsTheCatalogButNoOtherDocument()
    {
        var (driver, _, _) = Run(out var files);
        var edited = GeneratorHarness.File(files[1].Path, TestDocuments.Memo.Replace("Memorandum on the Harbour Question**", "Memorandum on the Port Question**"));

        var result = driver.ReplaceAdditionalText(files[1], edited).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.Contains(result.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);

        // The new name falls in another group (9 instead of 13, chosen so): that group is new, the old one gone, and
        // the groups of the other two documents are reused.
        var sources = result.TrackedSteps[TrackingNames.DocumentSources].SelectMany(s => s.Outputs).ToList();
        var changed = Assert.Single(sources, o => !IsReused(o.Reason));
        Assert.Equal(new[] { "MemorandumOnThePortQuestion" }, Members(changed.Value));
        Assert.Equal(
            new[] { "ReportOnShipping", "TelegramFromAmbassadorExampleToTheForeignMinistry" },
            sources.Where(o => o != changed).SelectMany(o => Members(o.Value)).OrderBy(n => n, System.StringComparer.Ordinal));
    }

    [Fact]
    public void RerunWithoutEditsReusesEveryStep()
    {
        var (driver, _, _) = Run(out _);

        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.Empty(ModifiedOutputs(result));
        Assert.All(Steps, step => Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked"));
    }

    [Fact]
    public void StepOutputsHoldNoCompilerObjects()
    {
        var (_, result, _) = Run(out _);

        foreach (var step in Steps)
        {
            foreach (var output in result.Results.Single().TrackedSteps[step].SelectMany(s => s.Outputs))
            {
                ModelWalker.AssertPlainValues(output.Value, step);
            }
        }
    }

    private static IEnumerable<string> Members(object group) => ((ShardModel)group).Documents.Select(d => d.MemberName);

    private static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(out AdditionalText[] files)
    {
        files = new[]
        {
            GeneratorHarness.File("/archive/telegram.md", TestDocuments.Telegram),
            GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo),
            GeneratorHarness.File("/archive/report.md", TestDocuments.Report),
        };
        return GeneratorHarness.Run(files);
    }

    private static Dictionary<string, int> ModifiedOutputs(GeneratorRunResult result) => StepRuns.Modified(result, Steps);

    private static bool IsReused(IncrementalStepRunReason reason) => StepRuns.IsReused(reason);
}
