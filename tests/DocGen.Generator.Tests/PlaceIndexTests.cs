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
/// Each collection gets a <c>Places</c> class of its documents' dateline places: typed members with their documents in
/// date order, different spellings kept apart, colliding names made unique and reported (DG0060, DG0061).
/// </summary>
public class PlaceIndexTests
{
    private const string VolumePath = "/project/Archive/frus1894Nicaragua.xml";

    private static string Volume(string documents) => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1894Nicaragua">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1894, Appendix I, Affairs in Nicaragua</title></titleStmt>
        <publicationStmt><date type="publication-date">1895</date><idno type="frus">frus1894Nicaragua</idno></publicationStmt></fileDesc></teiHeader>
        <text><body>
        {documents}
        </body></text></TEI>
        """;

    private static string Document(string id, string head, string place, string when) =>
        $"""<div type="document" xml:id="{id}" n="{id.Substring(1)}"><head>{head}</head><opener><dateline>{place}, <date when="{when}">{when}</date>.</dateline></opener><p>Text.</p></div>""";

    private static readonly string Documents = string.Join("\n", new[]
    {
        Document("d1", "Mr. Baker to Mr. Gresham", "<placeName><hi rend=\"smallcaps\">Managua</hi></placeName>", "1894-03-02"),
        Document("d2", "Mr. Gresham to Mr. Baker", "<placeName>Washington</placeName>", "1894-02-20"),
        Document("d3", "Mr. Baker to Mr. Gresham", "<placeName>  Managua </placeName>", "1894-01-15"),
        Document("d4", "Mr. Braida to Mr. Baker", "<placeName>New Orleans, La.</placeName>", "1894-04-01"),
        Document("d5", "Mr. Seat to Mr. Baker", "<placeName>Bluefields, Nicaragua</placeName>", "1894-05-01"),
        Document("d6", "Mr. Seat to Mr. Braida", "<placeName>Bluefields</placeName>", "1894-05-02"),
        Document("d7", "Memorandum", string.Empty, "1894-05-03"),
    });

    private static (Type Catalog, GeneratorDriverRunResult Result) Generate(string volume)
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File(VolumePath, volume) }, CollectionTests.Project);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        return (GeneratedAssembly.LoadCatalog(output), result);
    }

    private static Type Places(Type catalog, string className = "Places") =>
        catalog.GetNestedType("Frus1894Nicaragua")?.GetNestedType(className) ?? throw new InvalidOperationException(className + " was not generated");

    private static ArchivePlace Place(Type places, string member) =>
        Assert.IsType<ArchivePlace>((places.GetField(member, BindingFlags.Public | BindingFlags.Static) ?? throw new InvalidOperationException(member + " was not generated")).GetValue(null));

    private static IReadOnlyList<ArchiveDocument> AllDocuments(Type catalog) =>
        ((IEnumerable<ArchiveDocument>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!).ToList();

    private static string[] Ids(ArchivePlace place) => place.Documents.Select(d => d.Id.Substring(d.Id.IndexOf('/') + 1)).ToArray();

    [Fact]
    public void EachPlaceIsATypedMemberWithItsDocumentsInDateOrder()
    {
        var (catalog, result) = Generate(Volume(Documents));

        Assert.Empty(result.Diagnostics);
        var places = Places(catalog);
        var managua = Place(places, "Managua");
        Assert.Equal("Managua", managua.Name);
        Assert.Equal(new[] { "d3", "d1" }, Ids(managua));
        Assert.Equal(new[] { "d2" }, Ids(Place(places, "Washington")));
        Assert.Equal("New Orleans, La", Place(places, "NewOrleansLa").Name);

        // Two spellings of one town are two places: nothing is merged on a guess.
        Assert.Equal(new[] { "d6" }, Ids(Place(places, "Bluefields")));
        Assert.Equal(new[] { "d5" }, Ids(Place(places, "BluefieldsNicaragua")));

        var all = (IReadOnlyList<ArchivePlace>)places.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(new[] { "Bluefields", "Bluefields, Nicaragua", "Managua", "New Orleans, La", "Washington" }, all.Select(p => p.Name));
        Assert.Same(managua, places.GetMethod("Get")!.Invoke(null, new object[] { "Managua" }));
        Assert.Null(places.GetMethod("TryGet")!.Invoke(null, new object[] { "Grey Town" }));
        var unknown = Assert.Throws<TargetInvocationException>(() => places.GetMethod("Get")!.Invoke(null, new object[] { "Grey Town" }));
        Assert.Equal("No document of the collection was written at 'Grey Town'.", Assert.IsType<KeyNotFoundException>(unknown.InnerException).Message);
    }

    [Fact]
    public void ADocumentFindsItsPlaceAndTheDocumentsGetTheirPlacesNamesAsTheMembersHave()
    {
        var (catalog, _) = Generate(Volume(Documents));

        var places = Places(catalog);
        var of = places.GetMethod("Of")!;
        var documents = AllDocuments(catalog);
        var first = documents.Single(d => d.Id == "frus1894Nicaragua/d1");
        Assert.Equal("Managua", first.Place);
        Assert.Same(Place(places, "Managua"), of.Invoke(null, new object[] { first }));
        Assert.Null(of.Invoke(null, new object[] { documents.Single(d => d.Id == "frus1894Nicaragua/d7") }));
        Assert.All(documents.Where(d => d.Place is not null), d => Assert.Contains(d, ((ArchivePlace)of.Invoke(null, new object[] { d })!).Documents));
    }

    [Fact]
    public void SpellingsThatGetOneNameAreAllKeptAndTheLessUsedAreReported()
    {
        var documents = string.Join("\n", new[]
        {
            Document("d1", "Mr. Baker to Mr. Gresham", "<placeName>Grey Town</placeName>", "1894-03-02"),
            Document("d2", "Mr. Baker to Mr. Gresham", "<placeName>Greytown</placeName>", "1894-03-03"),
            Document("d3", "Mr. Baker to Mr. Gresham", "<placeName>GREY TOWN</placeName>", "1894-03-04"),
            Document("d4", "Mr. Baker to Mr. Gresham", "<placeName>Greytown</placeName>", "1894-03-05"),
        });
        var (catalog, result) = Generate(Volume(documents));

        // Greytown, used twice, keeps the plain name; of the others, once each, the ordinally first comes next.
        var places = Places(catalog);
        Assert.Equal(new[] { "d2", "d4" }, Ids(Place(places, "Greytown")));
        Assert.Equal(new[] { "d3" }, Ids(Place(places, "GREYTOWN_2")));
        Assert.Equal(new[] { "d1" }, Ids(Place(places, "GreyTown_3")));
        var all = (IReadOnlyList<ArchivePlace>)places.GetProperty("All")!.GetValue(null)!;
        Assert.Equal(new[] { "GREY TOWN", "Grey Town", "Greytown" }, all.Select(p => p.Name));
        var lines = Volume(documents).Split('\n').ToList();
        Assert.Equal(
            new[]
            {
                ("DG0060", "The place 'GREY TOWN' would be named 'GREYTOWN', which another place of the collection (or a member DocGen generates) already has, so it is named 'GREYTOWN_2'; use that name, or the place's name through Get", lines.FindIndex(l => l.Contains("\"d3\""))),
                ("DG0060", "The place 'Grey Town' would be named 'GreyTown', which another place of the collection (or a member DocGen generates) already has, so it is named 'GreyTown_3'; use that name, or the place's name through Get", lines.FindIndex(l => l.Contains("\"d1\""))),
            },
            result.Diagnostics.Select(d => (d.Id, d.GetMessage(CultureInfo.InvariantCulture), d.Location.GetLineSpan().StartLinePosition.Line)));
        Assert.All(result.Diagnostics, d => Assert.Equal(VolumePath, d.Location.GetLineSpan().Path));
        AuthorityConstantTests.AssertPageExample("DG0060", result.Diagnostics[0]);
    }

    [Fact]
    public void ADocumentTakingTheNamePlacesMovesTheClassAndIsReported()
    {
        var documents = Document("d1", "Places", "<placeName>Managua</placeName>", "1894-03-02");
        var (catalog, result) = Generate(Volume(documents));

        Assert.Equal(new[] { "d1" }, Ids(Place(Places(catalog, "Places_2"), "Managua")));
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0061", diagnostic.Id);
        Assert.Equal("The collection class 'Frus1894Nicaragua' already has a member named 'Places', so its places' class is named 'Places_2'; use that name, or change the heading of the document whose member takes it", diagnostic.GetMessage(CultureInfo.InvariantCulture));
        AuthorityConstantTests.AssertPageExample("DG0061", diagnostic);
    }

    [Fact]
    public void ACollectionWhoseDatelinesNameNoPlaceGetsNoPlacesClass()
    {
        var (catalog, result) = Generate(Volume(Document("d1", "Memorandum", string.Empty, "1894-03-02")));

        Assert.Empty(result.Diagnostics);
        Assert.Null(catalog.GetNestedType("Frus1894Nicaragua")!.GetNestedType("Places"));
    }

    // Attachments' datelines are not indexed: a place holds the documents whose own dateline names it.
    [SharedDataFact("frus")]
    public void TheNicaraguaVolumesPlacesHoldTheirDocuments()
    {
        var text = File.ReadAllText(SharedData.Path(SharedData.Frus, "frus1894Nicaragua.xml"));
        var (catalog, result) = Generate(text);

        var places = Places(catalog);
        var all = (IReadOnlyList<ArchivePlace>)places.GetProperty("All")!.GetValue(null)!;
        var documents = AllDocuments(catalog);
        Assert.Equal(documents.Count(d => d.Place is not null), all.Sum(p => p.Documents.Count));
        Assert.All(all, p => Assert.All(p.Documents, d => Assert.Equal(p.Name, d.Place)));
        var order = documents.Select((d, i) => (d.Id, i)).ToDictionary(p => p.Id, p => p.i);
        Assert.All(all, p => Assert.Equal(p.Documents.Select(d => order[d.Id]).OrderBy(i => i), p.Documents.Select(d => order[d.Id])));
        Assert.Equal(22, all.Count);
        Assert.Equal(new[] { "d103", "d105", "d122" }, Ids(Place(places, "Managua")));

        // The volume's misprint stays a place of its own rather than being merged with Managua.
        Assert.Equal(new[] { "d82" }, Ids(Place(places, "LegationOfTheUnitedStatesMamagua")));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id is "DG0060" or "DG0061");
    }
}
