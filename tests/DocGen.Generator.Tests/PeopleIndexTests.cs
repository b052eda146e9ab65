using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Reflection;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// The project-wide <c>People</c> index: a user's authority file (<c>*.people.txt</c>) joins a FRUS persons-list
/// entry and a Wilson Center author into one person, only where the file says so; its problems are located in it.
/// </summary>
public class PeopleIndexTests
{
    private const string VolumePath = "/project/Archive/frus1950v07.xml";
    private const string PeoplePath = "/project/people.txt";

    // A small volume whose persons list has Stalin, and a document he sent (@corresp) and one that mentions him.
    private const string Volume = """
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1950v07">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1950, Korea, Volume VII</title></titleStmt>
        <publicationStmt><date type="publication-date">1976</date><idno type="frus">frus1950v07</idno></publicationStmt></fileDesc></teiHeader>
        <text><front>
        <list type="names">
        <item><persName xml:id="p_SJV1">Stalin, Joseph V.</persName>, Chairman of the Council of Ministers of the Soviet Union</item>
        <item><persName xml:id="p_KAB1">Kirk, Alan G.</persName>, Ambassador in the Soviet Union</item>
        </list>
        </front><body>
        <div type="document" xml:id="d1" n="1"><head>Message From <persName type="from" corresp="#p_SJV1">Stalin</persName> to <persName type="to" corresp="#p_KAB1">Kirk</persName></head>
        <opener><dateline><placeName>Moscow</placeName>, <date when="1950-07-15">July 15, 1950</date>.</dateline></opener><p>Text.</p></div>
        <div type="document" xml:id="d2" n="2"><head>Memorandum for the Record</head>
        <opener><dateline><date when="1950-08-01">August 1, 1950</date></dateline></opener><p><persName corresp="#p_SJV1">Stalin</persName> replied to <ref target="#d1">Document 1</ref>.</p></div>
        </body></text></TEI>
        """;

    private static readonly string Telegram = TestDocuments.Note(
        "June 5, 1951", "Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky",
        "\"Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky\", June 5, 1951, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/112106>");

    private const string People = """
        DocGen people 1
        # Who is who across the project's collections.

        [stalin]
        name: Stalin
        alias: Filippov
        wikidata: Q855
        frus: frus1950v07#p_SJV1
        """;

    private static (Type Catalog, GeneratorDriverRunResult Result) Generate(params AdditionalText[] files)
    {
        var (_, result, output) = GeneratorHarness.Run(files, CollectionTests.Project);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        return (GeneratedAssembly.LoadCatalog(output), result);
    }

    private static Type PeopleClass(Type catalog) =>
        catalog.GetNestedType("People", BindingFlags.Public) ?? throw new InvalidOperationException("People was not generated");

    private static ProjectPerson Person(Type catalog, string member) =>
        Assert.IsType<ProjectPerson>((PeopleClass(catalog).GetField(member, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException(member + " was not generated")).GetValue(null));

    private static string Line(Diagnostic diagnostic) =>
        diagnostic.Id + " " + (diagnostic.Location.GetLineSpan().StartLinePosition.Line + 1).ToString(CultureInfo.InvariantCulture) + ":"
        + (diagnostic.Location.GetLineSpan().StartLinePosition.Character + 1).ToString(CultureInfo.InvariantCulture) + " " + diagnostic.GetMessage(CultureInfo.InvariantCulture);

    [Fact]
    public void AnAuthorityFileJoinsAFrusPersonWithAWilsonCenterAuthor()
    {
        var (catalog, result) = Generate(
            GeneratorHarness.File(VolumePath, Volume),
            GeneratorHarness.File("/project/Archive/112106.md", Telegram),
            GeneratorHarness.File(PeoplePath, People));

        Assert.Empty(result.Diagnostics);
        var stalin = Person(catalog, "Stalin");
        Assert.Equal(("stalin", "Stalin", "Q855", "https://www.wikidata.org/wiki/Q855"), (stalin.Id, stalin.Name, stalin.WikidataId, stalin.WikidataUrl));
        Assert.Equal(new[] { "Filippov" }, stalin.Aliases);
        Assert.Equal(new[] { "frus1950v07#p_SJV1" }, stalin.FrusEntries);
        Assert.Equal(new[] { "frus1950v07/d1", "112106" }, stalin.Sent.Select(d => d.Id));
        Assert.Empty(stalin.Received);
        Assert.Equal(new[] { "frus1950v07/d2" }, stalin.MentionedIn.Select(d => d.Id));
        Assert.Same(stalin.Sent[1], catalog.GetMethod("Get")!.Invoke(null, new object[] { "112106" }));
        Assert.Same(stalin, PeopleClass(catalog).GetMethod("Get")!.Invoke(null, new object[] { "stalin" }));
        Assert.Equal(new[] { stalin }, (IReadOnlyList<ProjectPerson>)PeopleClass(catalog).GetProperty("All")!.GetValue(null)!);
    }

    [Fact]
    public void DocGenIndexesFalseGeneratesNoIndexesAndKeepsTheLists()
    {
        var files = new[] { GeneratorHarness.File(VolumePath, Volume), GeneratorHarness.File("/project/Archive/112106.md", Telegram), GeneratorHarness.File(PeoplePath, People) };
        var options = new Dictionary<string, string>(CollectionTests.Project.ToDictionary(p => p.Key, p => p.Value)) { ["build_property.DocGenIndexes"] = "false" };
        var (_, result, output) = GeneratorHarness.Run(files, options);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);

        Assert.Empty(result.Diagnostics);
        Assert.Null(catalog.GetNestedType("People", BindingFlags.Public));

        // The file's links are still checked: an entry the volume's list lacks is DG0067 with the indexes off too.
        var unknown = GeneratorHarness.File(PeoplePath, People.Replace("#p_SJV1", "#p_XXX1"));
        var (_, checkedOff, _) = GeneratorHarness.Run(new[] { files[0], files[1], unknown }, options);
        Assert.Equal("DG0067", Assert.Single(checkedOff.Diagnostics).Id);
        var volume = catalog.GetNestedType("Frus1950v07", BindingFlags.Public)!;
        Assert.Null(volume.GetNestedType("Places", BindingFlags.Public));
        Assert.Null(catalog.GetMethod("CitedBy"));
        var stalin = Assert.IsType<ArchivePerson>(volume.GetNestedType("Persons", BindingFlags.Public)!.GetField("StalinJosephV")!.GetValue(null));
        Assert.Empty(stalin.Sent);
        Assert.Empty(stalin.MentionedIn);

        // The same files with the indexes on: the places, the person's documents and People are there.
        var (on, _) = Generate(files);
        Assert.NotNull(on.GetNestedType("Frus1950v07", BindingFlags.Public)!.GetNestedType("Places", BindingFlags.Public));
        Assert.NotEmpty(Person(on, "Stalin").Sent);
        Assert.NotNull(on.GetMethod("CitedBy"));
    }

    [Fact]
    public void WithoutTheFileNothingIsJoinedAndNoPeopleClassIsGenerated()
    {
        var (catalog, result) = Generate(GeneratorHarness.File(VolumePath, Volume), GeneratorHarness.File("/project/Archive/112106.md", Telegram));

        Assert.Empty(result.Diagnostics);
        Assert.Null(catalog.GetNestedType("People", BindingFlags.Public));
    }

    [Fact]
    public void ANameTheFileDoesNotGiveJoinsNothing()
    {
        var (catalog, _) = Generate(
            GeneratorHarness.File("/project/Archive/112106.md", Telegram),
            GeneratorHarness.File(PeoplePath, "DocGen people 1\n[stalin]\nname: Stalin, Joseph\nalias: I. V. Stalin\n"));

        Assert.Empty(Person(catalog, "Stalin").Sent);
    }

    [Fact]
    public void TheFilesProblemsAreLocatedAndTheRestOfTheFileIsKept()
    {
        var text = """
            DocGen people 1
            [stalin]
            name: Stalin
            alias: Filippov
            wikidata: 855
            frus: frus1950v07#p_XXX1
            [mao]
            name: Mao Zedong
            birth: 1893
            [stalin]
            name: Iosif Stalin
            [molotov]
            name: Molotov
            alias: Filippov
            """;
        var (catalog, result) = Generate(GeneratorHarness.File(VolumePath, Volume), GeneratorHarness.File(PeoplePath, text));

        Assert.Equal(
            new[]
            {
                "DG0064 5:11 This line of the authority file gives '855', which is no Wikidata id; write the item's id: 'Q' and its number ('Q855')",
                "DG0064 9:1 This line of the authority file has the key 'birth', which the format does not have; use 'name', 'alias', 'wikidata' or 'frus'",
                "DG0065 10:2 The id 'stalin' is already the id of the entry at line 2, so this entry is left out; give it an id of its own, or merge the two entries",
                "DG0066 14:8 'Filippov' already stands for the person 'stalin' (line 4), so it is left out of this entry; a name or FRUS entry can join one person only, so remove it from one of them",
                "DG0067 6:7 The volume 'frus1950v07' is in the project, but its persons list has no entry 'p_XXX1', so this link joins nothing; correct it to an xml:id of the volume's persons list (a persName in list type=\"names\")",
            },
            result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == PeoplePath).Select(Line).OrderBy(l => l, StringComparer.Ordinal));
        // Each page's example is the first of its id here.
        foreach (var diagnostic in result.Diagnostics.Where(d => d.Location.GetLineSpan().Path == PeoplePath).GroupBy(d => d.Id).Select(g => g.First()))
        {
            AuthorityConstantTests.AssertPageExample(diagnostic.Id, diagnostic);
        }

        Assert.Equal(new[] { "stalin", "mao", "molotov" }, ((IReadOnlyList<ProjectPerson>)PeopleClass(catalog).GetProperty("All")!.GetValue(null)!).Select(p => p.Id));
        Assert.Empty(Person(catalog, "Molotov").Aliases);
        Assert.Null(Person(catalog, "Stalin").WikidataId);
    }

    [SharedDataFact("frus")]
    public void TheReviewedKoreaVolumeAndAWilsonCenterRecordListKissingersDocumentsByATypedMember()
    {
        var volume = File.ReadAllText(SharedData.Path(SharedData.Frus, "reviewed/frus1969-76v19p1.xml"));
        var record = TestDocuments.Note(
            "June 5, 1971", "Letter, Kissinger to Zhou Enlai",
            "\"Letter, Kissinger to Zhou Enlai\", June 5, 1971, Wilson Center Digital Archive. " + TestDocuments.NoteUrl);
        var people = "DocGen people 1\n[kissinger]\nname: Kissinger, Henry A.\nalias: Kissinger\nwikidata: Q66107\nfrus: frus1969-76v19p1#p_KHA1\n";
        var (catalog, result) = Generate(
            GeneratorHarness.File("/project/Archive/frus1969-76v19p1.xml", volume),
            GeneratorHarness.File("/project/Archive/note.md", record),
            GeneratorHarness.File(PeoplePath, people));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var kissinger = Person(catalog, "Kissinger");
        var listed = Assert.IsType<ArchivePerson>(catalog.GetNestedType("Frus196976v19p1")!.GetNestedType("Persons")!.GetField("KissingerHenryA")!.GetValue(null));
        Assert.Equal(listed.Sent.Select(d => d.Id).Append("500100").OrderBy(id => id, StringComparer.Ordinal), kissinger.Sent.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal));
        Assert.Equal(17, kissinger.Sent.Count);
        Assert.Equal(listed.MentionedIn.Select(d => d.Id), kissinger.MentionedIn.Select(d => d.Id));
        Assert.All(kissinger.Sent.Zip(kissinger.Sent.Skip(1)), pair => Assert.True(pair.First.Date.Start.CompareTo(pair.Second.Date.Start) <= 0));
    }
}
