using System.Linq;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// The project-wide steps read their own part of every document's facts: an edit that changes one part runs the steps
/// that read it and leaves every other one cached (not run at all, which StepRuns.IsReused alone cannot tell from
/// run and found equal).
/// </summary>
public class ProjectStepCachingTests
{
    private static readonly string[] OtherSteps =
    {
        TrackingNames.Catalog, TrackingNames.PersonLinks, TrackingNames.PlaceLinks, TrackingNames.People, TrackingNames.PlaceSources,
        TrackingNames.PageLinks, TrackingNames.OtherVolumeLinks, TrackingNames.AuthoritySources,
    };

    [Fact]
    public void AnEditToOneDocumentsLinkRunsCitedByAndNoOtherProjectStep()
    {
        var files = new[] { GeneratorHarness.File("/archive/frus1969-76v19p1.xml", TeiTestVolume.Linked("d1")), GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo) };
        var driver = GeneratorHarness.Run(files).Driver;

        var result = StepRuns.Edit(driver, files[0], TeiTestVolume.Linked("d3"));

        Assert.Contains(result.TrackedSteps[TrackingNames.CitedBy].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(OtherSteps, step =>
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked");
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, step + ": " + o.Reason));
        });
    }
}
