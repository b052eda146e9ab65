using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// A TEI volume's persons and terms lists become typed members of its collection: <c>Persons.KissingerHenryA</c>,
/// <c>Terms.Rok</c>; names that collide are made unique and reported; the lists' problems are located in the file.
/// </summary>
public class AuthorityConstantTests
{
    private static readonly IReadOnlyDictionary<string, string> Project = CollectionTests.Project;

    private static string Volume(string front, string documents = """<div type="document" xml:id="d1" n="1"><head>Memorandum for the Record</head><p>Text.</p></div>""") => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus1969-76v19p1">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972</title></titleStmt>
        <publicationStmt><date type="publication-date">2009</date><idno type="frus">frus1969-76v19p1</idno></publicationStmt></fileDesc></teiHeader>
        <text><front>
        {front}
        </front><body>
        {documents}
        </body></text></TEI>
        """;

    private const string Lists = """
        <list type="names">
        <item><hi rend="strong"><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>,</hi> Assistant to the President for National Security Affairs</item>
        <item><hi rend="strong"><persName xml:id="p_YHR1">Yi Hu-rak</persName>,</hi> see <persName corresp="#p_LHR1">Lee Hu Rak</persName></item>
        <item><hi rend="strong"><persName xml:id="p_LHR1">Lee Hu Rak</persName>,</hi> Director, Korean Central Intelligence Agency</item>
        </list>
        <list type="terms">
        <item><hi rend="strong"><term xml:id="t_ROK1">ROK</term>,</hi> Republic of Korea (South Korea)</item>
        <item><hi rend="strong"><term xml:id="t_UN1">UN</term>,</hi> United Nations</item>
        </list>
        """;

    // The page's example line is what the generator prints for the test's file (the harness's paths start /project/).
    private static void AssertPageExample(string id, Diagnostic diagnostic)
    {
        var page = File.ReadAllText(Repository.Path("docs", "diagnostics", id + ".md"));
        var line = System.Text.RegularExpressions.Regex.Match(page, "```text\n(.*?)\n```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups[1].Value;
        Assert.Equal(line, diagnostic.ToString().Replace("/project/", string.Empty));
    }

    private static Type Nested(Type type, params string[] names) =>
        names.Aggregate(type, (t, name) => t.GetNestedType(name, BindingFlags.Public) ?? throw new InvalidOperationException(name + " was not generated; " + t.Name + " has " + string.Join(", ", t.GetNestedTypes().Select(n => n.Name))));

    private static object? Field(Type type, string name) =>
        (type.GetField(name, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException(name + " was not generated")).GetValue(null);

    private static (Type Catalog, GeneratorDriverRunResult Result, Compilation Output) Generate(params AdditionalText[] files)
    {
        var (_, result, output) = GeneratorHarness.Run(files, Project);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        return (GeneratedAssembly.LoadCatalog(output), result, output);
    }

    [Fact]
    public void PersonsAndTermsAreTypedMembersOfTheVolumesCollection()
    {
        var (catalog, result, output) = Generate(GeneratorHarness.File("/project/Archive/frus1969-76v19p1.xml", Volume(Lists)), GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo));

        Assert.Empty(result.Diagnostics);
        var persons = Nested(catalog, "Frus196976v19p1", "Persons");
        var kissinger = Assert.IsType<ArchivePerson>(Field(persons, "KissingerHenryA"));
        Assert.Equal(("p_KHA1", "Kissinger, Henry A.", "Assistant to the President for National Security Affairs"), (kissinger.Id, kissinger.Name, kissinger.Description));
        Assert.Empty(kissinger.SeeAlso);
        Assert.Equal(new[] { "p_LHR1" }, Assert.IsType<ArchivePerson>(Field(persons, "YiHuRak")).SeeAlso);
        var all = (IReadOnlyList<ArchivePerson>)persons.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(new[] { "p_KHA1", "p_YHR1", "p_LHR1" }, all.Select(p => p.Id));
        var get = persons.GetMethod("Get")!;
        Assert.Same(Field(persons, "LeeHuRak"), get.Invoke(null, new object[] { "p_LHR1" }));
        var unknown = Assert.Throws<TargetInvocationException>(() => get.Invoke(null, new object[] { "p_LHR2" }));
        Assert.Equal("No entry with id 'p_LHR2' in the persons list.", Assert.IsType<KeyNotFoundException>(unknown.InnerException).Message);
        var terms = Nested(catalog, "Frus196976v19p1", "Terms");
        var rok = Assert.IsType<ArchiveTerm>(Field(terms, "Rok"));
        Assert.Same(rok, terms.GetMethod("Get")!.Invoke(null, new object[] { "t_ROK1" }));
        Assert.Equal(("t_ROK1", "ROK", "Republic of Korea (South Korea)"), (rok.Id, rok.Abbreviation, rok.Expansion));
        Assert.Equal("UN", Assert.IsType<ArchiveTerm>(Field(terms, "UN")).Abbreviation);
        var source = output.SyntaxTrees.Single(t => t.FilePath.EndsWith("Archive.Frus196976v19p1.Authorities.g.cs", StringComparison.Ordinal)).ToString();
        Assert.Contains("/// <summary>Kissinger, Henry A.: Assistant to the President for National Security Affairs (p_KHA1)</summary>", source, StringComparison.Ordinal);
    }

    [Fact]
    public void AVolumeWithoutListsGetsNoAuthorityClasses()
    {
        var (catalog, result, output) = Generate(GeneratorHarness.File("/project/Archive/frus1969-76v19p1.xml", Volume(string.Empty)));

        Assert.Empty(result.Diagnostics);
        Assert.Null(Nested(catalog, "Frus196976v19p1").GetNestedType("Persons"));
        Assert.DoesNotContain(output.SyntaxTrees, t => t.FilePath.EndsWith(".Authorities.g.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void CollidingEntryNamesAreMadeUniqueAndReportedAtTheEntry()
    {
        var front = """
            <list type="names">
            <item><persName xml:id="p_KIS1">Kim Il Sung</persName>, Premier</item>
            <item><persName xml:id="p_KIS2">Kim Il-sung</persName>, the same, as the documents spell it</item>
            <item><persName xml:id="p_ALL1">All</persName>, a name DocGen's own member has</item>
            </list>
            """;
        var text = Volume(front);
        var (catalog, result, _) = Generate(GeneratorHarness.File("/project/Archive/frus1969-76v19p1.xml", text));

        var persons = Nested(catalog, "Frus196976v19p1", "Persons");
        Assert.Equal("p_KIS1", Assert.IsType<ArchivePerson>(Field(persons, "KimIlSung")).Id);
        Assert.Equal("p_KIS2", Assert.IsType<ArchivePerson>(Field(persons, "KimIlSung_2")).Id);
        Assert.Equal("p_ALL1", Assert.IsType<ArchivePerson>(Field(persons, "All_2")).Id);
        var reported = result.Diagnostics.Select(d => (d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture), d.Location.GetLineSpan().StartLinePosition.Line)).ToList();
        var lines = text.Split('\n').ToList();
        Assert.Equal(
            new[]
            {
                ("DG0058", "The entry 'p_KIS2' would be named 'KimIlSung', which an entry before it in the list (or a member DocGen generates) already has, so it is named 'KimIlSung_2'; use that name, or its id through All", lines.FindIndex(l => l.Contains("p_KIS2"))),
                ("DG0058", "The entry 'p_ALL1' would be named 'All', which an entry before it in the list (or a member DocGen generates) already has, so it is named 'All_2'; use that name, or its id through All", lines.FindIndex(l => l.Contains("p_ALL1"))),
            },
            reported);
        AssertPageExample("DG0058", result.Diagnostics[0]);
    }

    [Fact]
    public void ADocumentTakingTheNamePersonsMovesTheListsClassAndIsReported()
    {
        var text = Volume(Lists, """<div type="document" xml:id="d1" n="1"><head>Persons</head><p>Text.</p></div>""");
        var (catalog, result, _) = Generate(GeneratorHarness.File("/project/Archive/frus1969-76v19p1.xml", text));

        Assert.NotNull(Field(Nested(catalog, "Frus196976v19p1", "Persons_2"), "KissingerHenryA"));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0059", diagnostic.Id);
        AssertPageExample("DG0059", diagnostic);
        Assert.Equal("The volume's collection class 'Frus196976v19p1' already has a member named 'Persons', so the list's class is named 'Persons_2'; use that name, or change the heading of the document whose member takes it", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void TheListsProblemsAreReportedInTheFileAndTheRestGenerates()
    {
        var front = """
            <list type="names">
            <item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant</item>
            <item><persName xml:id="p_KHA1">Kim Hyun Ok</persName>, Mayor of Seoul</item>
            <item><persName xml:id="p_YHR1">Yi Hu-rak</persName>, see <persName corresp="#p_LHR2">Lee Hu Rak</persName></item>
            </list>
            """;
        var text = Volume(front);
        var (catalog, result, _) = Generate(GeneratorHarness.File("/project/Archive/frus1969-76v19p1.xml", text));

        Assert.Equal(new[] { "DG0055", "DG0057" }, result.Diagnostics.Select(d => d.Id));
        Assert.All(result.Diagnostics, d => Assert.Equal("/project/Archive/frus1969-76v19p1.xml", d.Location.GetLineSpan().Path));
        var persons = Nested(catalog, "Frus196976v19p1", "Persons");
        Assert.Empty(Assert.IsType<ArchivePerson>(Field(persons, "YiHuRak")).SeeAlso);
        Assert.Null(persons.GetField("KimHyunOk"));
    }

    [Fact]
    public void APersonListsTheDocumentsTheySentReceivedAndAreMentionedInByDate()
    {
        var front = """
            <list type="names">
            <item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant to the President for National Security Affairs</item>
            <item><persName xml:id="p_PCH1">Park Chung Hee</persName>, President of the Republic of Korea</item>
            </list>
            """;
        var documents = """
            <div type="document" xml:id="d1" n="1"><head>Letter From <persName type="from" corresp="#p_KHA1">Kissinger</persName> to <persName type="to" corresp="#p_PCH1">Park</persName></head>
            <opener><dateline><date when="1970-01-02">January 2, 1970</date></dateline></opener><p>Text.</p></div>
            <div type="document" xml:id="d2" n="2"><head>Memorandum for the Record</head>
            <opener><dateline><date when="1969-05-01">May 1, 1969</date></dateline></opener>
            <p><persName corresp="#p_KHA1">Kissinger</persName> met <persName>Kim</persName> and <persName corresp="#p_ZZZ1">Nobody</persName>.</p></div>
            <div type="document" xml:id="d3" n="3"><head>Memorandum From <persName type="from" corresp="#p_KHA1">Kissinger</persName> to <persName type="to">Nixon</persName></head>
            <opener><dateline><date when="1969-03-01">March 1, 1969</date></dateline></opener><p>Text.</p></div>
            """;
        var (catalog, result, _) = Generate(GeneratorHarness.File("/project/Archive/frus1969-76v19p1.xml", Volume(front, documents)));

        Assert.Empty(result.Diagnostics);
        var persons = Nested(catalog, "Frus196976v19p1", "Persons");
        var kissinger = Assert.IsType<ArchivePerson>(Field(persons, "KissingerHenryA"));
        Assert.Equal(new[] { "frus1969-76v19p1/d3", "frus1969-76v19p1/d1" }, kissinger.Sent.Select(d => d.Id));
        Assert.Empty(kissinger.Received);
        Assert.Equal(new[] { "frus1969-76v19p1/d2" }, kissinger.MentionedIn.Select(d => d.Id));
        var park = Assert.IsType<ArchivePerson>(Field(persons, "ParkChungHee"));
        Assert.Equal(new[] { "frus1969-76v19p1/d1" }, park.Received.Select(d => d.Id));
        Assert.Empty(park.Sent);
        Assert.Empty(park.MentionedIn);
        Assert.Same(kissinger.Sent[1], Nested(catalog, "Frus196976v19p1").GetMethod("Get")!.Invoke(null, new object[] { "frus1969-76v19p1/d1" }));
    }

    [SharedDataFact("frus")]
    public void TheReviewedKoreaVolumeHasKissingerAndRok()
    {
        var path = SharedData.Path(SharedData.Frus, "reviewed/frus1969-76v19p1.xml");
        var (catalog, result, _) = Generate(GeneratorHarness.File("/project/Archive/frus1969-76v19p1.xml", File.ReadAllText(path)));

        Assert.DoesNotContain(result.Diagnostics, d => d.Severity >= DiagnosticSeverity.Warning);
        var persons = Nested(catalog, "Frus196976v19p1", "Persons");
        Assert.Equal("p_KHA1", Assert.IsType<ArchivePerson>(Field(persons, "KissingerHenryA")).Id);
        Assert.Equal(102, ((IReadOnlyList<ArchivePerson>)persons.GetProperty("All")!.GetValue(null)!).Count);
        var terms = Nested(catalog, "Frus196976v19p1", "Terms");
        Assert.Equal("Republic of Korea (South Korea)", Assert.IsType<ArchiveTerm>(Field(terms, "Rok")).Expansion);
        Assert.Equal(204, ((IReadOnlyList<ArchiveTerm>)terms.GetProperty("All")!.GetValue(null)!).Count);
        var kissinger = Assert.IsType<ArchivePerson>(Field(persons, "KissingerHenryA"));
        Assert.Equal(16, kissinger.Sent.Count);
        Assert.NotEmpty(kissinger.MentionedIn);
        Assert.All(kissinger.MentionedIn.Zip(kissinger.MentionedIn.Skip(1)), pair => Assert.True(pair.First.Date.Start.CompareTo(pair.Second.Date.Start) <= 0));
    }
}
