using System.Linq;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Problems;

namespace DocGen.Core.Tests.Tei;

/// <summary>Each problem the reader reports, on hand-written TEI: located at the exact place, and the rest of the volume kept.</summary>
public sealed class TeiProblemTests
{
    private const string Good = """<div type="document" xml:id="d1" n="1"><head>The Secretary of State to the Embassy in Korea</head><p>Text.</p></div>""";

    private static string At(string text, Problems.ParseProblem problem, int length) => text.Substring(problem.Span.Start, length);

    [Fact]
    public void MalformedXmlIsLocatedAndKeepsTheDocumentsBeforeIt()
    {
        var text = TeiSnippets.Volume(Good + "\n<div type=\"document\" xml:id=\"d2\" n=\"2\"><head>Second</head><p>Broken</q></div>");

        var reading = TeiVolumeReader.Read("v.xml", text);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(ProblemCode.MalformedXml, problem.Code);
        var line = text.Split('\n').Select((l, i) => (l, i)).First(x => x.l.Contains("</q>")).i;
        Assert.Equal(line, problem.Span.StartLine);
        Assert.Equal("q>", At(text, problem, 2));
        Assert.Equal(new[] { "d1" }, reading.Documents.Select(d => d.XmlId));
    }

    [Fact]
    public void DtdIsProhibitedAndReportedAsSuch()
    {
        var text = "<?xml version=\"1.0\"?>\n<!DOCTYPE TEI [<!ENTITY boom \"boom\">]>\n" + TeiSnippets.Volume(Good);

        var reading = TeiVolumeReader.Read("v.xml", text);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(ProblemCode.DtdProhibited, problem.Code);
        Assert.Equal((1, 0), (problem.Span.StartLine, problem.Span.StartColumn));
        Assert.Equal("<!DOCTYPE", At(text, problem, problem.Span.Length));
        Assert.Empty(reading.Documents);
    }

    [Fact]
    public void ExternalEntityIsNeverResolved()
    {
        var text = "<!DOCTYPE TEI [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n" + TeiSnippets.Volume(Good.Replace("Text.", "&x;"));

        var reading = TeiVolumeReader.Read("v.xml", text);

        Assert.Equal(ProblemCode.DtdProhibited, Assert.Single(reading.Problems).Code);
    }

    [Fact]
    public void DocumentWithoutHeadingIsReportedAtItsDiv()
    {
        var text = TeiSnippets.Volume(Good + "\n<div type=\"document\" xml:id=\"d2\"><p>No heading.</p></div>");

        var d2 = TeiVolumeReader.Read("v.xml", text).Documents[1];

        var problem = Assert.Single(d2.Problems);
        Assert.Equal(ProblemCode.MissingHeading, problem.Code);
        Assert.Equal("<div type=\"document\" xml:id=\"d2\">", At(text, problem, problem.Span.Length));
    }

    [Fact]
    public void EmptyDocumentDivAndEmptyAttachmentEndWhereTheyStand()
    {
        var text = TeiSnippets.Volume("<div type=\"document\" xml:id=\"d1\"><head>One</head><frus:attachment/><div type=\"document\"/><p>Kept.</p></div>\n<div type=\"document\" xml:id=\"d2\"/>\n" + Good.Replace("d1", "d3"));

        var documents = TeiVolumeReader.Read("v.xml", text).Documents;

        Assert.Equal(new[] { "d1", "d2", "d3" }, documents.Select(d => d.XmlId));
        Assert.Equal("Kept.", Assert.Single(documents[0].Content.Body).Text);
        Assert.Empty(documents[0].Attachments);
        Assert.Equal(ProblemCode.MissingHeading, Assert.Single(documents[1].Problems).Code);
        Assert.Equal("The Secretary of State to the Embassy in Korea", documents[2].Title);
        Assert.Empty(documents[2].Problems);
    }

    [Fact]
    public void DuplicateIdKeepsTheFirst()
    {
        var second = Good.Replace("The Secretary of State", "Someone else");
        var text = TeiSnippets.Volume(Good + "\n" + second);

        var reading = TeiVolumeReader.Read("v.xml", text);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(ProblemCode.DuplicateDocumentId, problem.Code);
        Assert.Equal("d1", problem.Argument);
        Assert.Equal(problem.Span.StartLine, text.Split('\n').ToList().FindIndex(l => l.Contains("Someone else")));
        Assert.Equal("The Secretary of State to the Embassy in Korea", Assert.Single(reading.Documents).Title);
    }

    [Theory]
    [InlineData("when=\"1951-02-30\"", "1951-02-30")]
    [InlineData("when=\"19575\"", "19575")]
    [InlineData("from=\"1951-13\" to=\"1951-12\"", "1951-13/1951-12")]
    public void UnreadableDateIsReportedAtTheDateAndLeavesTheDocumentUndated(string attributes, string quoted)
    {
        var text = TeiSnippets.Volume($"""<div type="document" xml:id="d1"><head>Memorandum</head><dateline><date {attributes}>Sometime</date></dateline></div>""");

        var d = Assert.Single(TeiVolumeReader.Read("v.xml", text).Documents);

        var problem = Assert.Single(d.Problems);
        Assert.Equal(ProblemCode.UnreadableDateAttribute, problem.Code);
        Assert.Equal(quoted, problem.Argument);
        Assert.Equal("<date ", At(text, problem, 6));
        Assert.False(d.Content.Date.IsKnown);
    }

    [Fact]
    public void FileWithNoDocumentDivsIsReported()
    {
        var text = TeiSnippets.Volume("<div type=\"section\" xml:id=\"persons\"><head>Persons</head><div type=\"document\"><head>No id</head></div></div>");

        var reading = TeiVolumeReader.Read("frus1951v07p2.xml", text);

        Assert.Empty(reading.Documents);
        Assert.Equal(ProblemCode.NoDocuments, Assert.Single(reading.Problems).Code);
    }

    [Fact]
    public void DateAfterPublicationIsAWarningNotARefusal()
    {
        // The 2017 dates project's "2014-05-24T18:00:00" for "May 24, 1951—6 p. m." (frus1951v06p2).
        var text = TeiSnippets.Volume("""<div type="document" xml:id="d475" n="475"><head>Telegram</head><dateline><date when="2014-05-24T18:00:00">May 24, 1951—6 p. m.</date></dateline></div>""");

        var d = Assert.Single(TeiVolumeReader.Read("v.xml", text).Documents);

        var problem = Assert.Single(d.Problems);
        Assert.Equal(ProblemCode.DateOutsideCoverage, problem.Code);
        Assert.Equal(new[] { "2014-05-24", "../1983-12-31" }, problem.Arguments);
        Assert.Equal("2014-05-24T18:00:00", d.Content.Date.Start);
    }

    [Fact]
    public void DateOutsideTheDeclaredCoverageIsAWarning()
    {
        var header = TeiSnippets.Header.Replace("<date>1983</date>", "<date type=\"publication-date\">2009</date><date type=\"content-date\" notBefore=\"1969-01-30T00:00:00-05:00\" notAfter=\"1972-12-22T23:59:59-05:00\">1969 to 1972</date>");
        var text = TeiSnippets.Volume("""
            <div type="document" xml:id="d1"><head>Inside</head><dateline><date when="1969">1969</date></dateline></div>
            <div type="document" xml:id="d2"><head>Before</head><dateline><date when="1969-01-29">January 29, 1969</date></dateline></div>
            """, header);

        var documents = TeiVolumeReader.Read("v.xml", text).Documents;

        Assert.Empty(documents[0].Problems);
        Assert.Equal(ProblemCode.DateOutsideCoverage, Assert.Single(documents[1].Problems).Code);
    }

    [Fact]
    public void TruncatedFileNeverThrowsAndKeepsWhatWasFinished()
    {
        var text = TeiSnippets.Volume(Good + Good.Replace("d1", "d2"));
        for (var cut = 0; cut < text.Length; cut += 7)
        {
            var reading = TeiVolumeReader.Read("v.xml", text.Substring(0, cut));
            Assert.NotEmpty(reading.Problems);
            Assert.All(reading.Documents, d => Assert.Equal("The Secretary of State to the Embassy in Korea", d.Title));
        }
    }

    [Fact]
    public void DeepNestingAndAHugeParagraphReadWithoutRecursion()
    {
        const int depth = 20000;
        var nested = string.Concat(Enumerable.Repeat("<quote><p>x", depth)) + string.Concat(Enumerable.Repeat("</p></quote>", depth));
        var huge = new string('a', 1_000_000);
        var text = TeiSnippets.Volume($"""<div type="document" xml:id="d1"><head>Deep</head>{nested}</div><div type="document" xml:id="d2"><head>Huge</head><p>{huge}</p></div>""");

        var reading = TeiVolumeReader.Read("v.xml", text);

        Assert.Empty(reading.Problems);
        Assert.Equal(depth, reading.Documents[0].Content.Body.Count);
        Assert.Equal(huge, Assert.Single(reading.Documents[1].Content.Body).Text);
    }

    [Fact]
    public void MutatedVolumesNeverThrow()
    {
        var text = TeiSnippets.Volume("""
            <div type="document" xml:id="d1" n="1"><note rend="inline" type="source">793.00/8–1551: Telegram</note>
              <head>1. The <gloss type="from">Consul</gloss> to <persName type="to" corresp="#p_A1">Acheson</persName><note n="1" type="source">Source: National Archives, RG 59. Secret.</note></head>
              <opener><dateline><placeName>Seoul</placeName>, <date when="1951-08-15T16:00:00">August 15</date></dateline><seg>secret</seg></opener>
              <p>Text<note n="2">Note.</note> more <pb n="2"/>text.</p><list><item>One</item></list>
              <frus:attachment><head>Inclosure</head><div type="document"><p>Nested.</p></div></frus:attachment>
              <closer><signed>Acheson</signed></closer></div>
            """);
        var random = new System.Random(1951);
        const string pieces = "<>/\"=&;: \n#dptx";
        for (var round = 0; round < 2000; round++)
        {
            var chars = text.ToCharArray();
            for (var edit = 0; edit < 3; edit++)
            {
                chars[random.Next(chars.Length)] = pieces[random.Next(pieces.Length)];
            }

            // No exception, and every problem points inside the text it was read from.
            var reading = TeiVolumeReader.Read("v.xml", new string(chars));
            foreach (var problem in reading.Problems.Concat(reading.Documents.SelectMany(d => d.Problems)))
            {
                Assert.InRange(problem.Span.Start, 0, chars.Length);
                Assert.InRange(problem.Span.End, problem.Span.Start, chars.Length);
            }
        }
    }
}
