using System.Linq;
using DocGen.Core.Formats;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Problems;

namespace DocGen.Core.Tests.Tei;

/// <summary>TEI as a format of the reader seam: which files it takes, and how a volume's documents map into the one model.</summary>
public sealed class TeiReaderTests
{
    private const string D171 = """
        <div type="document" xml:id="d171" n="171">
        <note rend="inline" type="source">793.00/8–1551: Telegram</note>
        <head><hi rend="italic">The Consul General at Hong Kong</hi> (<persName type="from" corresp="#p_MWP1"><hi rend="italic">McConaughy</hi></persName>) <hi rend="italic">to the <gloss type="to">Secretary of State</gloss></hi></head>
        <opener><dateline><placeName>Hong Kong</placeName>, <date when="1951-08-15T16:00:00">August 15, 1951—4 p. m.</date></dateline></opener>
        <p>The first paragraph.</p>
        <p>The second.</p>
        </div>
        """;

    private const string D172 = """<div type="document" xml:id="d172" n="172"><head>The Secretary of State to the Consulate General at Hong Kong</head><p>Reply.</p></div>""";

    private static string Text(string body) => TeiSnippets.Volume(body);

    [Fact]
    public void EachDocumentKnowsItsDivInTheFileTagsIncluded()
    {
        // A nested div with an id is a document of its own inside its parent's range; an empty div is its one tag.
        const string nested = "<div type=\"document\" xml:id=\"d1\"><head>One</head><p>Kept.</p><div type=\"document\" xml:id=\"d2\"><head>Two</head></div>\r\n</div >";
        const string empty = "<div type=\"document\" xml:id=\"d3\" />";
        var text = Text(D171 + "\n" + nested + "\n" + empty + "\n" + D172);

        var documents = TeiReader.Instance.Read("Archive/frus1951v07p2.xml", text, int.MaxValue);

        string Div(int index) => text.Substring(documents[index].Range!.Value.Start, documents[index].Range!.Value.Length);
        Assert.Equal(D171, Div(0));
        Assert.Equal(nested, Div(1));
        Assert.Equal("<div type=\"document\" xml:id=\"d2\"><head>Two</head></div>", Div(2));
        Assert.Equal(empty, Div(3));
        Assert.Equal(D172, Div(4));
    }

    [Fact]
    public void TakesXmlFilesThatAreTeiAndNoOther()
    {
        Assert.True(TeiReader.Instance.Accepts("Archive/frus1951v07p2.xml", Text(D171)));
        Assert.True(TeiReader.Instance.Accepts("Archive/FRUS.XML", Text(D171)));
        Assert.False(TeiReader.Instance.Accepts("Archive/frus1951v07p2.tei", Text(D171)));
        Assert.False(TeiReader.Instance.Accepts("Archive/settings.xml", "<settings><item>1</item></settings>"));
        Assert.Contains(TeiReader.Instance, DocumentReaders.Default.Readers);
    }

    [Fact]
    public void AnXmlFileThatIsNotTeiIsNoFormats()
    {
        var document = Assert.Single(DocumentReaders.Default.Read("Archive/settings.xml", "<settings><item>1</item></settings>", 1000));

        Assert.False(document.IsUsable);
        var problem = Assert.Single(document.Problems);
        Assert.Equal(ProblemCode.NoReader, problem.Code);
        Assert.Contains("TEI (FRUS volume) (.xml)", problem.Argument);
    }

    [Fact]
    public void EachDocumentDivMapsIntoTheModel()
    {
        var documents = DocumentReaders.Default.Read("Archive/frus1951v07p2.xml", Text(D171 + "\n" + D172), 10_000_000);

        Assert.Equal(new[] { "frus1951v07p2/d171", "frus1951v07p2/d172" }, documents.Select(d => d.Id));
        var d = documents[0];
        Assert.Equal("Archive/frus1951v07p2.xml", d.Path);
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1951v07p2/d171", d.Url);
        Assert.Equal("The Consul General at Hong Kong (McConaughy) to the Secretary of State", d.Title);
        Assert.Equal("1951-08-15", d.Date.Edtf);
        Assert.Equal("August 15, 1951—4 p. m", d.Date.Text);
        Assert.Equal(new[] { "McConaughy" }, d.Authors);
        Assert.Equal(new[] { "Secretary of State" }, d.Recipients);
        Assert.Equal(new[] { "The first paragraph.", "The second." }, d.Body);
        Assert.Equal("Office of the Historian", d.ArchiveName);
        var source = Assert.Single(d.Sources);
        Assert.Equal("793.00/8–1551: Telegram", source.Raw);
        Assert.Null(source.Repository);
        Assert.Equal(("File No.", "file", "793.00/8–1551"), Assert.Single(source.Locators) is var l ? (l.Label, l.Kind, l.Value) : default);
        Assert.Empty(d.Problems);
        Assert.True(d.IsUsable);
    }

    [Fact]
    public void AProseSourceNoteGivesTheRepositoryAndTheRecordGroupAsALocator()
    {
        var info = TeiDocuments.Reference(SourceNotes.Split("Source: National Archives, RG 59, Central Files 1970–73, POL KOR N–KOR S. Secret; Nodis.", default));

        Assert.Equal("National Archives", info.Repository);
        Assert.Equal(
            new[] { ("RG", "record-group", "59"), ("", "collection", "Central Files 1970–73, POL KOR N–KOR S") },
            info.Locators.Select(l => (l.Label, l.Kind, l.Value)));
    }

    [Fact]
    public void TheVolumesOwnProblemsRideOnItsFirstDocument()
    {
        var documents = TeiReader.Instance.Read("v.xml", Text(D171 + "\n" + D172 + "\n" + D172.Replace("Reply.", "Again.")), 10_000_000);

        Assert.Equal(2, documents.Count);
        Assert.Equal(ProblemCode.DuplicateDocumentId, Assert.Single(documents[0].Problems).Code);
        Assert.Empty(documents[1].Problems);
    }

    [Fact]
    public void AVolumeWithNoDocumentIsOneUnusableDocumentWithItsProblem()
    {
        var document = Assert.Single(TeiReader.Instance.Read("v.xml", Text("<div type=\"section\"><head>Persons</head></div>"), 10_000_000));

        Assert.False(document.IsUsable);
        Assert.Equal(ProblemCode.NoDocuments, Assert.Single(document.Problems).Code);
    }

    [Fact]
    public void ADocumentWithNoHeadingIsKeptUnderItsNumber()
    {
        var documents = TeiReader.Instance.Read("v.xml", Text(D172 + "\n<div type=\"document\" xml:id=\"d173\" n=\"173\"><p>Text only.</p></div>\n<div type=\"document\" xml:id=\"d174\"><p>Text.</p></div>"), 10_000_000);

        Assert.Equal(new[] { "Document 173", "d174" }, documents.Skip(1).Select(d => d.Title));
        Assert.All(documents, d => Assert.True(d.IsUsable));
        var problem = Assert.Single(documents[1].Problems);
        Assert.Equal(ProblemCode.MissingHeading, problem.Code);
        Assert.Equal(new[] { "d173", "Document 173" }, problem.Arguments);
    }

    [Fact]
    public void MalformedXmlQuotesTheParsersLineAndColumnNotItsLocalizedMessage()
    {
        var text = Text(D172 + "\n<div type=\"document\" xml:id=\"d2\"><head>Second</head><p>Broken</q></div>");

        var problem = TeiReader.Instance.Read("v.xml", text, 10_000_000)[0].Problems.Single();

        var line = text.Split('\n').ToList().FindIndex(l => l.Contains("</q>"));
        Assert.Equal(ProblemCode.MalformedXml, problem.Code);
        Assert.Equal(new[] { (line + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), (problem.Span.StartColumn + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) }, problem.Arguments);
    }

    [Theory]
    [InlineData("<opener><dateline><date when=\"1972-11-24T09:05:00Z\">November 24, 1972, 0905Z</date></dateline></opener>", "", "09:05:00", "+00:00")]
    [InlineData("<opener><dateline><date when=\"1951-08-15T16:00:00\">August 15, 1951—4 p. m.</date></dateline></opener>", "", "16:00:00", null)]
    [InlineData("<opener><dateline><date when=\"1951-08-15\">August 15, 1951</date></dateline></opener>", "", null, null)]
    [InlineData("", "frus:doc-dateTime-min=\"1972-11-24T04:05:00-05:00\" frus:doc-dateTime-max=\"1972-11-24T04:05:00-05:00\"", "04:05:00", "-05:00")]
    [InlineData("", "frus:doc-dateTime-min=\"1972-11-24T00:00:00-05:00\" frus:doc-dateTime-max=\"1972-11-24T23:59:59-05:00\"", null, null)]
    public void TheTimeOfDayAndOffsetAreKeptWhereTheDateStatesThem(string opener, string attributes, string? time, string? offset)
    {
        var text = Text($"<div type=\"document\" xml:id=\"d1\" {attributes}><head>Telegram</head>{opener}<p>Text.</p></div>");

        var d = Assert.Single(TeiReader.Instance.Read("v.xml", text, 10_000_000));

        Assert.Equal((time, offset), (d.TimeOfDay, d.UtcOffset));
    }

    [Fact]
    public void AMarkdownDocumentLeavesTheEditionFieldsEmpty()
    {
        var d = Assert.Single(DocumentReaders.Default.Read("memo.md", "**June 5, 1951**  \n**Telegram on Supplies**\n\nText.\n", 1000));

        Assert.True(d.IsUsable);
        Assert.Equal(
            (null, null, null, null, null, null, null, null, null, false, null),
            (d.Number, d.Place, d.TimeOfDay, d.UtcOffset, d.Genre, d.Classification, d.Opener, d.Closer, d.Signature, d.IsEditorialNote, d.Volume));
        Assert.True(d.Notes.IsEmpty && d.Pages.IsEmpty && d.Attachments.IsEmpty && d.AuthorIds.IsEmpty && d.RecipientIds.IsEmpty);
    }

    [Fact]
    public void AVolumeLongerThanTheLimitIsTooLarge()
    {
        var document = Assert.Single(TeiReader.Instance.Read("v.xml", Text(D171), 100));

        Assert.Equal(ProblemCode.FileTooLarge, Assert.Single(document.Problems).Code);
    }
}
