using System.Linq;
using DocGen.Core.Formats.Tei;

namespace DocGen.Core.Tests.Tei;

/// <summary>
/// The markup of each era as NOTES.md describes it, on hand-written snippets, so volumes of eras not in ../shared read
/// by the era's rules rather than one file's quirks.
/// </summary>
public sealed class TeiEraMarkupTests
{
    private static TeiDocument One(string body, string header = TeiSnippets.Header) =>
        Assert.Single(TeiVolumeReader.Read("v.xml", TeiSnippets.Volume(body, header)).Documents);

    [Fact]
    public void Era1951DecimalFileBeforeHeadTimeWithoutOffsetClassificationInOpener()
    {
        var d = One("""
            <div type="document" xml:id="d171" n="171">
              <note rend="inline" type="source">793.00/8–1551: Telegram</note>
              <head><hi rend="italic">The Consul General at Hong Kong</hi> (<persName type="from"><hi rend="italic">McConaughy</hi>
                    </persName>) <hi rend="italic">to the <gloss type="to">Secretary of State</gloss></hi></head>
              <opener><dateline rendition="#right"><placeName><hi rend="smallcaps">Hong Kong</hi></placeName>,
                  <date when="1951-08-15T16:00:00">August 15, 1951—4 p. m.</date><lb/>[Received August 15—1:23 p. m.]</dateline>
                <seg rendition="#left"><hi rend="smallcaps">secret</hi></seg></opener>
              <p>First paragraph.</p>
            </div>
            """);

        Assert.Equal("frus1951v07p2/d171", d.Id);
        Assert.Equal("The Consul General at Hong Kong (McConaughy) to the Secretary of State", d.Title);
        var source = Assert.Single(d.Content.Sources);
        Assert.Equal(("793.00/8–1551", "Telegram", "secret"), (source.FileNumber, source.Genre, source.Classification));
        Assert.Equal("1951-08-15T16:00:00", d.Content.Date.Start);
        Assert.Equal("1951-08-15", d.Content.Date.Date.Edtf);
        Assert.Equal("August 15, 1951—4 p. m", d.Content.Date.Date.Text);
        Assert.Equal("Hong Kong", d.Content.Place);
        Assert.Equal(new[] { new TeiPerson("McConaughy", null, false) }, d.Content.Authors);
        Assert.Equal(new[] { new TeiPerson("Secretary of State", null, true) }, d.Content.Recipients);
        Assert.Equal("First paragraph.", Assert.Single(d.Content.Body).Text);
    }

    [Theory]
    [InlineData("File No. 861.51/396", "861.51/396", null)]
    [InlineData("794A.5/1–351", "794A.5/1–351", null)]
    [InlineData("320.2–AC/9–1451: Telegram", "320.2–AC/9–1451", "Telegram")]
    [InlineData("Paris Peace Conf. 184/41a", "Paris Peace Conf. 184/41a", null)]
    [InlineData("File No. 654.119/84, 90", "654.119/84, 90", null)]
    [InlineData("710.1012 Anti-War/93 supp.: Telegram", "710.1012 Anti-War/93 supp", "Telegram")]
    [InlineData("500.A15 a 1/a: Telegram", "500.A15 a 1/a", "Telegram")]
    [InlineData("123 EN 3/435", "123 EN 3/435", null)]
    [InlineData("Edward M. House Papers: Telegram", null, "Telegram")]
    [InlineData("Treaty Series No. 898", null, null)]
    public void DecimalFileNumbersOfEveryShape(string note, string? file, string? genre)
    {
        var d = One($"""<div type="document" xml:id="d1"><note rend="inline" type="source">{note}</note><head>Memorandum</head></div>""");

        var source = Assert.Single(d.Content.Sources);
        Assert.Equal((file, genre), (source.FileNumber, source.Genre));
    }

    [Fact]
    public void Era1969SourceFootnoteInsideHeadNumberInHeadZuluDate()
    {
        var d = One("""
            <div type="document" xml:id="d168" subtype="historical-document"
                 frus:doc-dateTime-min="1972-11-24T04:05:00-05:00" frus:doc-dateTime-max="1972-11-24T04:05:00-05:00">
              <head>168. Telegram From the <gloss type="from">Embassy in Korea</gloss> to the <gloss type="to">Department of
                    State</gloss><note n="1" xml:id="d168fn1" type="source">Source: National Archives, <gloss target="#t_RG1">RG</gloss>
                    59, Central Files 1970–73, POL KOR N–KOR <gloss target="#t_S1">S</gloss>. Secret; <gloss target="#t_Nodis1">Nodis</gloss>.</note></head>
              <opener><dateline rendition="#right"><placeName>Seoul</placeName>, <date when="1972-11-24T09:05:00+00:00"
                  calendar="gregorian">November 24, 1972, 0905Z</date>.</dateline></opener>
              <p>6782. Subj: Dialogue.</p>
              <closer><signed><persName corresp="#p_HPC1">Habib</persName></signed></closer>
            </div>
            """);

        Assert.Equal("168", d.Number);
        Assert.Equal("Telegram From the Embassy in Korea to the Department of State", d.Title);
        Assert.Equal("168. Telegram From the Embassy in Korea to the Department of State", d.Content.Heading);
        var source = Assert.Single(d.Content.Sources);
        Assert.Equal(
            ("National Archives", "RG 59", "Central Files 1970–73, POL KOR N–KOR S", "Secret; Nodis", (string?)null),
            (source.Repository, source.RecordGroup, source.Collection, source.Classification, source.FileNumber));
        Assert.Empty(d.Content.Notes);
        Assert.Equal("1972-11-24T09:05:00+00:00", d.Content.Date.Start);
        Assert.Equal(TeiDateKind.When, d.Content.Date.Kind);
        Assert.Equal("Habib", d.Content.Signature);
        Assert.False(d.IsEditorialNote);
    }

    [Fact]
    public void ReviewedDocumentRangeDatesADocumentWithNoDateline()
    {
        var d = One("""<div type="document" xml:id="d5" frus:doc-dateTime-min="1970-03-01T00:00:00-05:00" frus:doc-dateTime-max="1970-03-31T23:59:59-05:00"><head>5. Paper Prepared in the Department of State</head><p>Text.</p></div>""");

        Assert.Equal(TeiDateKind.DocumentRange, d.Content.Date.Kind);
        Assert.Equal("1970-03-01/1970-03-31", d.Content.Date.Date.Edtf);
        Assert.Equal(("1970-03-01T00:00:00-05:00", "1970-03-31T23:59:59-05:00"), (d.Content.Date.Start, d.Content.Date.End));
    }

    [Theory]
    [InlineData("""<div type="document" xml:id="d10" subtype="editorial-note" frus:doc-dateTime-min="1969-01-30T00:00:00-05:00" frus:doc-dateTime-max="1972-12-22T23:59:59-05:00"><head>10. Editorial Note</head><p>On January 30 ...</p></div>""")]
    [InlineData("""<div type="document" xml:id="d10"><head>Editorial Note</head><p>On January 30 ...</p></div>""")]
    [InlineData("""<div type="document" xml:id="d10" subtype="historical-document" frus:doc-dateTime-min="1969-01-30T00:00:00-05:00" frus:doc-dateTime-max="1972-12-22T23:59:59-05:00"><head>10. Editor’s Note</head><p>On January 30 ...</p></div>""")]
    public void EditorialNoteIsMarkedAndNeverTakesTheVolumeRange(string div)
    {
        var header = TeiSnippets.Header.Replace("<date>1983</date>", "<date type=\"publication-date\">2009</date><date type=\"content-date\" notBefore=\"1969-01-30T00:00:00-05:00\" notAfter=\"1972-12-22T23:59:59-05:00\">1969 to 1972</date>");

        var d = One(div, header);

        Assert.True(d.IsEditorialNote);
        Assert.False(d.Content.Date.IsKnown);
        Assert.Equal(TeiDateKind.None, d.Content.Date.Kind);
    }

    [Theory]
    [InlineData("""from="1918-12-01" to="1918-12-15" """, TeiDateKind.FromTo, "1918-12-01/1918-12-15")]
    [InlineData("""notBefore="1951-06" notAfter="1951-07" ana="#date_imprecise-inferred-from-date-rules" """, TeiDateKind.NotBeforeNotAfter, "1951-06/1951-07")]
    [InlineData("""when="1951" """, TeiDateKind.When, "1951")]
    [InlineData("""when="1951-06" """, TeiDateKind.When, "1951-06")]
    [InlineData("""notAfter="1951-07-04" """, TeiDateKind.NotBeforeNotAfter, "../1951-07-04")]
    public void DatelineDatesInEveryNotation(string attributes, TeiDateKind kind, string edtf)
    {
        var d = One($"""<div type="document" xml:id="d1"><head>Memorandum</head><dateline><placeName>Paris</placeName>, <date {attributes}>written</date>.</dateline></div>""");

        Assert.Equal(kind, d.Content.Date.Kind);
        Assert.Equal(edtf, d.Content.Date.Date.Edtf);
        Assert.Equal("written", d.Content.Date.Date.Text);
        Assert.Empty(d.Problems);
    }

    [Fact]
    public void UndatedAndUntaggedDatesStayUndated()
    {
        var d = One("""<div type="document" xml:id="d1"><head>Memorandum</head><dateline><placeName>Paris</placeName>, <date>undated</date>.</dateline><p>Text.</p></div>""");

        Assert.False(d.Content.Date.IsKnown);
        Assert.Equal("Paris", d.Content.Place);
        Assert.Empty(d.Problems);
    }

    [Fact]
    public void HeaderDriftOfUnreviewedVolumes()
    {
        var header = """
            <teiHeader><fileDesc><titleStmt>
            <title type="complete">Foreign Relations of the United States, 1894, Nicaragua</title>
            <title type="series">Foreign Relations of the United States</title>
            <title type="subseries">1894</title><title type="volumenumber">Appendix I</title>
            <title type="volume"/><editor role="primary"/>
            </titleStmt><publicationStmt><publisher>United States Government Printing Office</publisher>
            <pubPlace>Washington</pubPlace><date>1895</date><idno type="frus">frus1894Nicaragua</idno></publicationStmt></fileDesc>
            <xenoData><frus:coverage notBefore="1894-01-01" notAfter="1894-12-31"/></xenoData></teiHeader>
            """;
        var reading = TeiVolumeReader.Read("v.xml", TeiSnippets.Volume("""<div type="document" xml:id="d1" n="1"><head>No. 1.<lb/>Mr. Seat to Mr. Gresham.</head></div>""", header, id: "other"));

        var v = reading.Volume;
        Assert.Equal(("frus1894Nicaragua", "1894", "Appendix I", (string?)null, "1895"), (v.Id, v.Subseries, v.VolumeNumber, v.VolumeTitle, v.PublicationYear));
        Assert.Empty(v.Editors);
        Assert.Equal("1894-01-01/1894-12-31", v.Coverage.Edtf);
        Assert.Equal("frus1894Nicaragua/d1", reading.Documents[0].Id);
        Assert.Equal("Mr. Seat to Mr. Gresham.", reading.Documents[0].Title);
    }

    // The title page's imprint prints the volume's year; the reviewed header may date the digital edition instead
    // (2009 for a volume printed in 2010). The header's year stands where the title page prints none.
    [Theory]
    [InlineData("<titlePage type=\"main\"><docImprint><publisher>Office of the Historian</publisher><pubPlace>Washington</pubPlace><docDate>2010</docDate><pb n=\"[II]\"/> APRIL 2010</docImprint></titlePage>", "2010")]
    [InlineData("<titlePage type=\"main\"><docImprint><publisher>GOVERNMENT PRINTING OFFICE.</publisher><lb/><docDate>1873.</docDate></docImprint></titlePage>", "1873")]
    [InlineData("<titlePage type=\"main\"><docImprint>WASHINGTON: GOVERNMENT PRINTING OFFICE.</docImprint></titlePage>", "2009")]
    [InlineData("<titlePage type=\"main\"><docImprint><docDate>n. d.</docDate></docImprint></titlePage>", "2009")]
    [InlineData("", "2009")]
    public void TheTitlePagesImprintYearIsTheVolumesYear(string front, string year)
    {
        var header = TeiSnippets.Header.Replace("<date>1983</date>", "<date type=\"publication-date\">2009</date>");
        var body = """<div type="document" xml:id="d75" n="75"><head>75. Telegram</head><p>Text.</p></div>""";

        var text = TeiSnippets.Volume(body, header, front: front);

        Assert.Equal(year, TeiVolumeReader.Read("v.xml", text).Volume.PublicationYear);
        var d = Assert.Single(TeiReader.Instance.Read("v.xml", text, int.MaxValue));
        Assert.Equal(year, d.Volume!.PublicationYear);
        Assert.Equal("Telegram", d.Title);
        Assert.Empty(d.Problems);
    }

    [Fact]
    public void VolumeIdFallsBackToTheRootId()
    {
        var header = TeiSnippets.Header.Replace("<idno type=\"frus\">frus1951v07p2</idno>", string.Empty);

        var reading = TeiVolumeReader.Read("v.xml", TeiSnippets.Volume("""<div type="document" xml:id="d1"><head>Memo</head></div>""", header, id: "frus1951v07p1"));

        Assert.Equal("https://history.state.gov/historicaldocuments/frus1951v07p1/d1", reading.Documents[0].Url);
    }

    [Theory]
    [InlineData("""<note rend="inline" type="source">[Telegram.]</note>""", "Telegram", null)]
    [InlineData("""<opener><seg rendition="#center">[Telegram.]</seg></opener>""", null, "[Telegram.]")]
    public void Era1894GenreMarkerAsSourceNoteOrOpener(string marker, string? genre, string? opener)
    {
        var d = One($"""<div type="document" xml:id="d1" n="1"><head>No. 1.<lb/><hi rend="italic">Mr. <persName type="from">Seat</persName> to Mr. <persName type="to">Gresham</persName>.</hi></head>{marker}<p>Honduras invading.</p></div>""");

        Assert.Equal(genre, d.Content.Sources.SingleOrDefault()?.Genre);
        Assert.Equal(opener, d.Content.Opener);
        Assert.Equal("Mr. Seat to Mr. Gresham.", d.Title);
    }

    [Fact]
    public void BracketedProseSourceNoteIsProseNotAGenre()
    {
        var d = One("""<div type="document" xml:id="d9"><head>9. Intelligence Memorandum<note n="1" type="source">[Source: National Archives, Nixon Presidential Materials, NSC Files, Box 207, Agency Files, CIA, Vol. 1, Jan–Dec 1969. Secret; Sensitive. 3 pages not declassified.]</note></head></div>""");

        var source = Assert.Single(d.Content.Sources);
        Assert.Equal(((string?)null, "National Archives", "Secret; Sensitive"), (source.Genre, source.Repository, source.Classification));
        Assert.Equal("Nixon Presidential Materials, NSC Files, Box 207, Agency Files, CIA, Vol. 1, Jan–Dec 1969", source.Collection);
    }

    [Fact]
    public void LeadingNumberGoesToTheNumberWhenNIsAbsent()
    {
        var d = One("""<div type="document" xml:id="d172"><head>172. Memorandum From Eliot to Kissinger</head></div>""");

        Assert.Equal(("172", "Memorandum From Eliot to Kissinger"), (d.Number, d.Title));
    }

    [Fact]
    public void AttachmentsInEveryForm()
    {
        var d = One("""
            <div type="document" xml:id="d2" n="2">
              <head>Mr. Gresham to Mr. Baker.</head>
              <p>I transmit.</p>
              <frus:attachment>
                <opener><seg rendition="#center">[Inclosure in No. 2.]</seg></opener>
                <head>Mr. <persName type="from">Herbert</persName> to Mr. <persName type="to">Gresham</persName>.</head>
                <opener><dateline><date when="1894-01-27">January 27, 1894</date>.</dateline></opener>
                <p>First inclosure.</p>
                <closer><signed>H. A. Herbert</signed></closer>
              </frus:attachment>
              <frus:attachment><div type="document"><head>Schedule A.</head><p>Second.</p></div></frus:attachment>
              <div type="document"><head>Annex</head><p>Third.</p></div>
              <p>After the attachments.</p>
            </div>
            """);

        Assert.Equal(new[] { "I transmit.", "After the attachments." }, d.Content.Body.Select(p => p.Text));
        Assert.Equal(new[] { "Mr. Herbert to Mr. Gresham.", "Schedule A.", "Annex" }, d.Attachments.Select(a => a.Heading));
        var first = d.Attachments[0];
        Assert.Equal("[Inclosure in No. 2.]", first.Opener);
        Assert.Equal("1894-01-27", first.Date.Date.Edtf);
        Assert.Equal("H. A. Herbert", first.Signature);
        Assert.Equal(new[] { new TeiPerson("Herbert", null, false) }, first.Authors);
        Assert.Equal(new[] { "First inclosure." }, first.Body.Select(p => p.Text));
        Assert.Equal(new[] { "Second." }, d.Attachments[1].Body.Select(p => p.Text));
        Assert.Equal(new[] { "Third." }, d.Attachments[2].Body.Select(p => p.Text));
    }

    [Fact]
    public void NestedDocumentWithAnIdIsADocumentOfItsOwn()
    {
        var documents = TeiVolumeReader.Read("v.xml", TeiSnippets.Volume("""
            <div type="document" xml:id="d1"><head>Outer</head><p>Before.</p>
              <div type="document" xml:id="d2"><head>Inner</head><p>Inside.</p></div>
              <p>After.</p></div>
            """)).Documents;

        Assert.Equal(new[] { "d1", "d2" }, documents.Select(d => d.XmlId));
        Assert.Equal(new[] { "Before.", "After." }, documents[0].Content.Body.Select(p => p.Text));
        Assert.Equal(new[] { "Inside." }, documents[1].Content.Body.Select(p => p.Text));
    }

    [Fact]
    public void BodyParagraphsListsTablesQuotesNotesAndPages()
    {
        var d = One("""
            <div type="document" xml:id="d1"><head>Memo<note n="1" xml:id="d1fn1">Head note.</note></head>
              <p>The receipt<note n="2" xml:id="d1fn2">Not printed.</note> is acknowledged, and <pb n="12" xml:id="pg_12"/>goes on.</p>
              <pb n="13" xml:id="pg_13"/>
              <list type="subject"><head>SUBJECT</head><item>Congratulatory   Message</item></list>
              <list><label>A.</label><item>We have <hi rend="italic">reviewed</hi><lb/>the evidence.</item></list>
              <quote><p>Quoted one.</p><p>Quoted two.</p></quote>
              <table><row><cell>Name</cell><cell>Rank</cell></row><row><cell>Smith</cell><cell>Major</cell></row></table>
            </div>
            """);

        Assert.Equal(
            new[]
            {
                new TeiParagraph("The receipt is acknowledged, and goes on.", "p", null),
                new TeiParagraph("Congratulatory Message", "item", "13"),
                new TeiParagraph("We have reviewed the evidence.", "item", "13"),
                new TeiParagraph("Quoted one.", "p", "13"),
                new TeiParagraph("Quoted two.", "p", "13"),
                new TeiParagraph("Name Rank", "row", "13"),
                new TeiParagraph("Smith Major", "row", "13"),
            },
            d.Content.Body);
        Assert.Equal(new[] { new TeiNote("1", "d1fn1", "Head note.", -1, 4), new TeiNote("2", "d1fn2", "Not printed.", 0, 11) }, d.Content.Notes);
        Assert.Equal("Memo", d.Title);
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void SpansPointAtTheElementWithByteOrderMarkAndAnyLineEnding(string newline)
    {
        var text = "\uFEFF" + TeiSnippets.Volume("<div type=\"document\" xml:id=\"d1\">\n\t<head>Memo</head>\n<dateline><date when=\"1951-13-01\">x</date></dateline></div>").Replace("\r\n", "\n").Replace("\n", newline);

        var d = Assert.Single(TeiVolumeReader.Read("v.xml", text).Documents);

        Assert.Equal("<div type=\"document\" xml:id=\"d1\">", text.Substring(d.Span.Start, d.Span.Length));
        Assert.Equal("<head>", text.Substring(d.Content.HeadingSpan.Start, d.Content.HeadingSpan.Length));
        Assert.Equal(1, d.Content.HeadingSpan.StartColumn);
        var problem = Assert.Single(d.Problems);
        Assert.Equal("<date when=\"1951-13-01\">", text.Substring(problem.Span.Start, problem.Span.Length));
        Assert.Equal(text.Substring(0, problem.Span.Start).Split(newline).Length - 1, problem.Span.StartLine);
    }

    [Fact]
    public void SameTextGivesAnEqualReading()
    {
        var text = TeiSnippets.Volume("""<div type="document" xml:id="d1"><head>Memo<note n="1">N.</note></head><p>A.</p><frus:attachment><head>B</head></frus:attachment></div>""");

        Assert.Equal(TeiVolumeReader.Read("v.xml", text), TeiVolumeReader.Read("v.xml", text));
    }

    [Fact]
    public void ReadingDoesNotDependOnTheCulture()
    {
        var text = TeiSnippets.Volume("""<div type="document" xml:id="d1" n="1"><head>INDIA Ii</head><dateline><date when="1951-08-15T16:00:00">August 15</date></dateline><p>Iİıi.</p></div>""");
        var invariant = TeiVolumeReader.Read("v.xml", text);
        var saved = System.Globalization.CultureInfo.CurrentCulture;
        try
        {
            System.Globalization.CultureInfo.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal(invariant, TeiVolumeReader.Read("v.xml", text));
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentCulture = saved;
        }
    }

    [Fact]
    public void TeiIsRecognisedByItsNamespace()
    {
        Assert.True(TeiVolumeReader.LooksLikeTei("<?xml version=\"1.0\"?>\n" + TeiSnippets.Volume("<div/>")));
        Assert.False(TeiVolumeReader.LooksLikeTei("**June 5, 1951**\n**Telegram**\n<http://www.tei-c.org/ns/1.0> in prose much later" .PadLeft(5000)));
        Assert.False(TeiVolumeReader.LooksLikeTei("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"));
    }
}
