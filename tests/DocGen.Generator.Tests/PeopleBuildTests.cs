using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// The authority file and <c>DocGenIndexes</c> through a real build: a <c>people.txt</c> AdditionalFile reaches the
/// generator, its problem is a located warning, the program reads <c>Archive.People</c>; with the switch off there is none.
/// </summary>
[Collection(DotNetBuildCollection.Name)]
public class PeopleBuildTests
{
    [Fact]
    public void AnAuthorityFileBuildsPeopleAndDocGenIndexesFalseLeavesItOut()
    {
        using var project = new ConsumerProject();
        project.Write("Archive/112106.md", TestDocuments.Note(
            "June 5, 1951", "Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky",
            "\"Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky\", June 5, 1951, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/112106>"));
        project.Write("people.txt", "DocGen people 1\n[stalin]\nname: Stalin\nalias: Filippov\nwikidata: 855\n");
        project.AddToProject("""  <ItemGroup><AdditionalFiles Include="people.txt" /></ItemGroup>""");
        project.Write("Program.cs", """
            using System.Linq;
            var people = typeof(Consumer.Archive).GetNestedType("People");
            System.Console.WriteLine(people == null ? "no People" : string.Join(",", ((DocGen.ProjectPerson)people.GetField("Stalin")!.GetValue(null)!).Sent.Select(d => d.Id)));
            """);

        var (built, output) = project.Build();
        Assert.True(built == 0, output);
        Assert.Contains("people.txt(5,11): warning DG0064: This line of the authority file gives '855', which is no Wikidata id", output.Replace('\\', '/'), System.StringComparison.Ordinal);
        var (ran, printed) = project.Run();
        Assert.Equal((0, "112106"), (ran, printed.Trim()));

        (built, output) = project.Build("-p:DocGenIndexes=false");
        Assert.True(built == 0, output);
        (ran, printed) = project.Run();
        Assert.Equal((0, "no People"), (ran, printed.Trim()));
    }
}
