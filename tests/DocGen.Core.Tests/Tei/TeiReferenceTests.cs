using System.IO;
using System.Linq;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Tei;

/// <summary>
/// The reader resolves a document's <c>ref</c>s to documents and pages within its volume, keeps other volumes'
/// targets as they are, and reports a target its own volume lacks (DG0063) at the ref's start tag.
/// </summary>
public sealed class TeiReferenceTests
{
    private const string Volume = "frus1951v07p2";

    private static readonly string Body = string.Join("\n", new[]
    {
        """<pb n="100" xml:id="pg_100"/>""",
        """<div type="document" xml:id="d1" n="1"><head>First</head><p>See <ref target="#d3">Document 3</ref>, <ref target="#pg_102">page 102</ref>, and <ref target="frus1950v06#pg_587">1950 vol. VI, p. 587</ref>.</p>""",
        """<p>Again <ref target="#d3">Document 3</ref>, its own <ref target="#pg_100">page</ref>, a <ref target="#d1fn1">footnote</ref>, <ref target="frus1964-68v29p1#d200">another volume</ref>, <ref target="frus1951v07p2#d2">its own volume by name</ref>.<note n="1" xml:id="d1fn1">Footnote citing <ref target="#d2">Document 2</ref>.</note></p></div>""",
        """<pb n="101" xml:id="pg_101"/>""",
        """<div type="document" xml:id="d2" n="2"><head>Second</head><p>Text.</p><pb n="102" xml:id="pg_102"/><p>More.</p></div>""",
        """<div type="document" xml:id="d3" n="3"><head>Third</head><p><ref target="#pg_101">Page 101</ref>; <ref target="#d99">Document 99</ref>; <ref target="#pg_999">page 999</ref>.</p></div>""",
    });

    private static TeiDocument Document(TeiVolumeReading reading, string xmlId) => reading.Documents.Single(d => d.XmlId == xmlId);

    [Fact]
    public void DocumentAndPageTargetsBecomeLinksInTheOrderFirstCitedEachOnce()
    {
        var reading = TeiVolumeReader.Read("v.xml", TeiSnippets.Volume(Body));

        Assert.Equal(
            new[]
            {
                new DocumentLink(Volume, "d3", Volume + "/d3", null),
                new DocumentLink(Volume, "pg_102", Volume + "/d2", "102"),
                new DocumentLink("frus1950v06", "pg_587", null, "587"),
                new DocumentLink("frus1964-68v29p1", "d200", "frus1964-68v29p1/d200", null),
                new DocumentLink(Volume, "d2", Volume + "/d2", null),
            },
            Document(reading, "d1").Cites);
        Assert.Empty(Document(reading, "d1").Problems);
    }

    [Fact]
    public void APageBetweenDocumentsBelongsToTheNextAndAPageInsideOneToIt()
    {
        var reading = TeiVolumeReader.Read("v.xml", TeiSnippets.Volume(Body));

        Assert.Equal(new DocumentLink(Volume, "pg_101", Volume + "/d2", "101"), Document(reading, "d3").Cites.First());
    }

    [Fact]
    public void EachDocumentReportsThePagesFallingInItAndTheFirstThoseOfNoDocument()
    {
        var reading = TeiVolumeReader.Read("v.xml", TeiSnippets.Volume(Body + "\n<pb n=\"103\" xml:id=\"pg_103\"/>"));

        Assert.Equal(new[] { "pg_100" }, Document(reading, "d1").PageIds);
        Assert.Equal(new[] { "pg_101", "pg_102" }, Document(reading, "d2").PageIds);
        Assert.Empty(Document(reading, "d3").PageIds);
        Assert.Equal(new[] { "pg_103" }, Document(reading, "d1").LoosePageIds);
        Assert.Empty(Document(reading, "d2").LoosePageIds);
    }

    [Fact]
    public void APageOfAnotherVolumeIsKeptWithItsPlaceForTheProjectToResolve()
    {
        var text = TeiSnippets.Volume(Body);
        var reading = TeiVolumeReader.Read("v.xml", text);

        var references = Document(reading, "d1").OtherVolumeReferences;
        Assert.Equal(new[] { ("frus1950v06#pg_587", true), ("frus1964-68v29p1#d200", false) }, references.Select(r => (r.Key, r.IsPage)));
        Assert.Equal(text.IndexOf("<ref target=\"frus1950v06#pg_587\"", System.StringComparison.Ordinal), references[0].Span.Start);
    }

    [Fact]
    public void ATargetItsOwnVolumeLacksIsReportedAtTheRefAndLinksNowhere()
    {
        var text = TeiSnippets.Volume(Body);
        var reading = TeiVolumeReader.Read("v.xml", text);

        var third = Document(reading, "d3");
        Assert.Single(third.Cites);
        Assert.Equal(new[] { ProblemCode.BrokenReference, ProblemCode.BrokenReference }, third.Problems.Select(p => p.Code));
        Assert.Equal(new[] { "#d99", "#pg_999" }, third.Problems.Select(p => p.Arguments[0]));
        Assert.All(third.Problems, p => Assert.StartsWith("<ref target=\"#", text.Substring(p.Span.Start, 14), System.StringComparison.Ordinal));
        Assert.Equal(new[] { "document", "page" }, third.Problems.Select(p => p.Arguments[1]));
        Assert.Empty(reading.Problems);
    }

    [Fact]
    public void ADocumentWithoutRefsCitesNothing()
    {
        var reading = TeiVolumeReader.Read("v.xml", TeiSnippets.Volume("""<div type="document" xml:id="d1" n="1"><head>First</head><p>Text.</p></div>"""));

        Assert.Empty(Document(reading, "d1").Cites);
    }

    // The reviewed Korea volume cites documents and pages of its own and other volumes; every in-volume link lands in a document of the volume.
    [SharedDataFact("frus")]
    public void TheReviewedKoreaVolumesLinksResolveWithinIt()
    {
        var path = SharedData.Path(SharedData.Frus, "reviewed/frus1969-76v19p1.xml");
        var reading = TeiVolumeReader.Read(path, File.ReadAllText(path));

        var ids = reading.Documents.Select(d => d.Id).ToHashSet();
        var links = reading.Documents.SelectMany(d => d.Cites).ToList();
        Assert.All(links.Where(l => l.Volume == "frus1969-76v19p1" && l.DocumentId is not null), l => Assert.Contains(l.DocumentId!, ids));
        Assert.Equal(153, links.Count);
        Assert.Equal(0, reading.Documents.SelectMany(d => d.Problems).Count(p => p.Code == ProblemCode.BrokenReference));
        Assert.Equal(new[] { new DocumentLink("frus1964-68v29p1", "d200", "frus1964-68v29p1/d200", null) }, Document(reading, "d1").Cites);
        Assert.Equal(new[] { new DocumentLink("frus1964-68v29p1", "d211", "frus1964-68v29p1/d211", null), new DocumentLink("frus1969-76v02", "d13", "frus1969-76v02/d13", null) }, Document(reading, "d2").Cites);
        Assert.Equal(new[] { "1607", "1610", "1615", "1616" }, Document(reading, "d5").Cites.Select(l => l.Page));
    }
}
