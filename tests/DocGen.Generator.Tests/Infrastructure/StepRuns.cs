using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>What a generator run redid: the outputs of tracked steps that were not reused from the run before.</summary>
public static class StepRuns
{
    /// <summary>Per step of <paramref name="steps"/>, how many outputs were not reused; steps that reused all are left out.</summary>
    public static Dictionary<string, int> Modified(GeneratorRunResult result, IEnumerable<string> steps) =>
        steps.Select(step => (step, count: result.TrackedSteps[step].SelectMany(s => s.Outputs).Count(o => !IsReused(o.Reason))))
            .Where(x => x.count > 0)
            .ToDictionary(x => x.step, x => x.count);

    public static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    /// <summary>Runs <paramref name="driver"/> again with <paramref name="file"/>'s text replaced by <paramref name="text"/>.</summary>
    public static GeneratorRunResult Edit(GeneratorDriver driver, AdditionalText file, string text) =>
        driver.ReplaceAdditionalText(file, GeneratorHarness.File(file.Path, text)).RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

    /// <summary>Runs <paramref name="driver"/> again unchanged and asserts that <paramref name="steps"/> reused every output and hold only plain values.</summary>
    public static void AssertRerunReusesPlainValues(GeneratorDriver driver, IEnumerable<string> steps)
    {
        var result = driver.RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        Assert.Empty(Modified(result, steps));
        foreach (var step in steps)
        {
            var outputs = result.TrackedSteps[step].SelectMany(s => s.Outputs).ToList();
            Assert.NotEmpty(outputs);
            Assert.All(outputs, output => ModelWalker.AssertPlainValues(output.Value, step));
        }
    }
}
