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

    private static string Volume(string cited) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1969-76v19p1">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972</title></titleStmt>
        <publicationStmt><date type="publication-date">2009</date><idno type="frus">frus1969-76v19p1</idno></publicationStmt></fileDesc></teiHeader>
        <text><front>
        <list type="names"><item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant to the President</item></list>
        </front><body>
        <div type="document" xml:id="d1" n="1"><head>Memorandum for the Record</head><opener><dateline><placeName>Washington</placeName>, <date when="1969-01-02">January 2, 1969</date>.</dateline></opener><p><persName corresp="#p_KHA1">Kissinger</persName> spoke.</p></div>
        <div type="document" xml:id="d2" n="2"><head>Telegram</head><p>See <ref target="#{cited}">the document</ref>.</p></div>
        <div type="document" xml:id="d3" n="3"><head>Letter</head><p>Text.</p></div>
        </body></text></TEI>
        """;

    [Fact]
    public void AnEditToOneDocumentsLinkRunsCitedByAndNoOtherProjectStep()
    {
        var files = new[] { GeneratorHarness.File("/archive/frus1969-76v19p1.xml", Volume("d1")), GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo) };
        var driver = GeneratorHarness.Run(files).Driver;

        var result = StepRuns.Edit(driver, files[0], Volume("d3"));

        Assert.Contains(result.TrackedSteps[TrackingNames.CitedBy].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.All(OtherSteps, step =>
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked");
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(o.Reason == IncrementalStepRunReason.Cached, step + ": " + o.Reason));
        });
    }
}
