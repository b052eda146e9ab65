using System.Linq;
using DocGen.Generator.People;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>The people index's steps, as CachingTests checks the others: an edit to a document's text reuses them, an edit to the authority file reruns them with its new text.</summary>
public class PeopleCachingTests
{
    private static readonly string[] Steps = { TrackingNames.PeopleFiles, TrackingNames.NamedPeople, TrackingNames.People, TrackingNames.OtherVolumeLinks };

    private const string People = "DocGen people 1\n[stalin]\nname: Filippov\n";

    private static readonly string Telegram = TestDocuments.Note(
        "June 5, 1951", "Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky",
        "\"Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky\", June 5, 1951, Wilson Center Digital Archive. " + TestDocuments.NoteUrl);

    private static (GeneratorDriver Driver, AdditionalText[] Files) Run()
    {
        var files = new[] { GeneratorHarness.File("/archive/telegram.md", Telegram), GeneratorHarness.File("/archive/people.txt", People) };
        return (GeneratorHarness.Run(files).Driver, files);
    }

    [Fact]
    public void AnEditToADocumentsTextReusesThePeopleSteps()
    {
        var (driver, files) = Run();

        var result = StepRuns.Edit(driver, files[0], Telegram.Replace("Body.", "Another body."));

        Assert.All(Steps, step => Assert.True(result.TrackedSteps.ContainsKey(step), step + " was not tracked"));
        Assert.Empty(StepRuns.Modified(result, Steps));
    }

    [Fact]
    public void AnEditToTheAuthorityFileRerunsPeopleWithTheNewText()
    {
        var (driver, files) = Run();

        var result = StepRuns.Edit(driver, files[1], People + "alias: Stalin\n");

        var source = Assert.Single(result.TrackedSteps[TrackingNames.People].SelectMany(s => s.Outputs));
        Assert.Equal(IncrementalStepRunReason.Modified, source.Reason);
        var person = Assert.Single(((PeopleSource)source.Value).Members);
        Assert.Equal(new[] { "Stalin" }, person.Aliases);
        Assert.Equal(new[] { "500100" }, person.Documents.Sent);
    }

    [Fact]
    public void StepOutputsHoldNoCompilerObjects()
    {
        var (driver, _) = Run();

        StepRuns.AssertRerunReusesPlainValues(driver, Steps);
    }
}
