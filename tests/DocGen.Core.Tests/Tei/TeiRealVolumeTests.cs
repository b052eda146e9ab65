using System.IO;
using System.Linq;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Tei;

/// <summary>The reader on the real FRUS volumes of ../shared/frus, read in place; values pinned from the files.</summary>
public sealed class TeiRealVolumeTests
{
    private static TeiVolumeReading Read(string file)
    {
        var path = SharedData.Path(SharedData.Frus, file);
        return TeiVolumeReader.Read(path, File.ReadAllText(path));
    }

    private static TeiDocument Document(string file, string xmlId) => Read(file).Documents.Single(d => d.XmlId == xmlId);

    // Document divs with an xml:id (SOURCES.md counts all document divs: frus1861 has 80 without an id). The one date
    // warning is frus1864p4's "1884-04-20" in a volume published in 1866.
    // The year each volume was printed: the title page's docDate ("1873.") where there is one, else the header's date.
    // Only the reviewed Korea volume's header differs from its title page (2009, its digital edition).
    [SharedDataTheory("frus")]
    [InlineData("frus1861.xml", "1861")]
    [InlineData("frus1864p4.xml", "1866")]
    [InlineData("frus1872p2v4.xml", "1873")]
    [InlineData("frus1882.xml", "1883")]
    [InlineData("frus1894Nicaragua.xml", "1895")]
    [InlineData("frus1901China.xml", "1902")]
    [InlineData("frus1902app1.xml", "1903")]
    [InlineData("frus1917Supp02v02.xml", "1932")]
    [InlineData("frus1919Parisv01.xml", "1942")]
    [InlineData("frus1927v01.xml", "1942")]
    [InlineData("frus1934v04.xml", "1951")]
    [InlineData("frus1936v03.xml", "1953")]
    [InlineData("reviewed/frus1969-76v19p1.xml", "2010")]
    public void EveryVolumeHasTheYearItWasPrinted(string file, string year)
    {
        var path = SharedData.Path(SharedData.Frus, file);
        Assert.Equal(year, Read(file).Volume.PublicationYear);
        Assert.All(TeiReader.Instance.Read(path, File.ReadAllText(path), int.MaxValue), d => Assert.Equal(year, d.Volume!.PublicationYear));
    }

    [SharedDataTheory("frus")]
    [InlineData("frus1861.xml", 349, 79, 0)]
    [InlineData("frus1864p4.xml", 556, 25, 1)]
    [InlineData("frus1872p2v4.xml", 34, 1, 0)]
    [InlineData("frus1882.xml", 416, 383, 0)]
    [InlineData("frus1894Nicaragua.xml", 138, 138, 0)]
    [InlineData("frus1901China.xml", 312, 233, 0)]
    [InlineData("frus1902app1.xml", 34, 229, 0)]
    [InlineData("frus1917Supp02v02.xml", 440, 65, 0)]
    [InlineData("frus1919Parisv01.xml", 409, 68, 0)]
    [InlineData("frus1927v01.xml", 415, 23, 0)]
    [InlineData("frus1934v04.xml", 702, 25, 0)]
    [InlineData("frus1936v03.xml", 586, 21, 0)]
    [InlineData("reviewed/frus1969-76v19p1.xml", 172, 0, 0)]
    public void EveryVolumeReadsWithNoErrorAndItsDocumentCount(string file, int documents, int attachments, int dateWarnings)
    {
        var reading = Read(file);

        Assert.Empty(reading.Problems);
        Assert.All(reading.Documents, d => Assert.DoesNotContain(d.Problems, p => p.Code != ProblemCode.DateOutsideCoverage));
        Assert.Equal(dateWarnings, reading.Documents.Sum(d => d.Problems.Count));
        Assert.All(reading.Documents, d => Assert.NotEqual(string.Empty, d.Title));
        Assert.Equal(documents, reading.Documents.Count);
        Assert.Equal(attachments, reading.Documents.Sum(d => d.Attachments.Count));
        Assert.Equal(reading.Documents.Count, reading.Documents.Select(d => d.Id).Distinct().Count());
    }

    [SharedDataFact("frus")]
    public void Reads1861()
    {
        var d = Document("frus1861.xml", "d1");

        Assert.Equal("frus1861/d1", d.Id);
        Assert.Equal("https://history.state.gov/historicaldocuments/frus1861/d1", d.Url);
        Assert.Equal("1", d.Number);
        Assert.Equal("Mr. Black (Secretary of State) to all the ministers of the United States.", d.Title);
        Assert.Equal("1861-02-28", d.Content.Date.Date.Edtf);
        Assert.Equal("February 28, 1861", d.Content.Date.Date.Text);
        Assert.Equal("Washington", d.Content.Place);
        Assert.Equal(new[] { new TeiPerson("Black", null, false) }, d.Content.Authors);
        Assert.Equal(new[] { new TeiPerson("ministers of the United States", null, true) }, d.Content.Recipients);
        Assert.Equal(new TeiParagraph("CIRCULAR.", "p", "[31]"), d.Content.Body[0]);
        Assert.Equal("J. S. BLACK.", d.Content.Signature);
        Assert.Equal((2521, 20), (d.Span.StartLine, d.Span.StartColumn));
    }

    [SharedDataFact("frus")]
    public void Reads1861IdlessNestedDocumentAsAnAttachmentOfItsParent()
    {
        var reading = Read("frus1861.xml");
        var d = reading.Documents.Single(x => x.XmlId == "d3");

        var convention = Assert.Single(d.Attachments);
        Assert.StartsWith("Convention upon the subject of the rights of belligerents and neutrals", convention.Heading);
        Assert.StartsWith("The United States of America and her Majesty the Queen", convention.Body[0].Text);
        Assert.DoesNotContain(d.Content.Body, p => p.Text.StartsWith("The United States of America and her Majesty", System.StringComparison.Ordinal));
        Assert.DoesNotContain(reading.Documents, x => x.Title.StartsWith("Convention upon the subject", System.StringComparison.Ordinal));
    }

    [SharedDataFact("frus")]
    public void Reads1894WithAttachmentAndFootnote()
    {
        var d = Document("frus1894Nicaragua.xml", "d2");

        Assert.Equal("No. 2. Mr. Gresham to Mr. Baker.", d.Content.Heading);
        Assert.Equal("Mr. Gresham to Mr. Baker.", d.Title);
        Assert.Equal("Department of State, Washington", d.Content.Place);
        Assert.Equal("1894-02-01", d.Content.Date.Date.Edtf);
        Assert.Equal(new TeiNote("1", "d2fn1", "No. 1.", 0, 57), d.Content.Notes[0]);
        Assert.DoesNotContain("No. 1.", d.Content.Body[0].Text);
        Assert.Equal("9", d.Content.Body[0].Page);
        var attachment = d.Attachments[0];
        Assert.Equal("Mr. Herbert to Mr. Gresham.", attachment.Heading);
        Assert.Equal("1894-01-27", attachment.Date.Date.Edtf);
        Assert.Equal("Inclosure in No. 2", attachment.Sources[0].Genre);
        Assert.Equal(new[] { new TeiPerson("Herbert", null, false) }, attachment.Authors);
        Assert.Equal("10", attachment.Body[0].Page);
    }

    [SharedDataFact("frus")]
    public void Reads1901EmptyHeadAsItsNumberAndStaysUndated()
    {
        var d = Document("frus1901China.xml", "d1");

        Assert.Equal("Document 1", d.Title);
        Assert.Equal(string.Empty, d.Content.Heading);
        Assert.False(d.Content.Date.IsKnown);
        Assert.Equal("To the Senate and House of Representatives:", d.Content.Body[0].Text);
        Assert.Equal("Theodore Roosevelt.", d.Content.Signature);
    }

    [SharedDataFact("frus")]
    public void Reads1917FileNumberAndHeadFootnote()
    {
        var d = Document("frus1917Supp02v02.xml", "d1");

        Assert.Equal("600.119/42½", d.Content.Sources[0].FileNumber);
        Assert.Equal("Report of April 9, 1917, of the War Trade Committee, on the Draft Bill Regarding Trade with the Enemy", d.Title);
        Assert.Equal(-1, d.Content.Notes[0].Paragraph);
        Assert.Equal("d1fn2", d.Content.Notes[0].XmlId);
        Assert.Equal("799", d.Content.Body[0].Page);
        // The second paragraph starts on 799 and runs onto 800 (a pb mid-paragraph); the third starts on 800.
        Assert.Equal(new[] { "799", "799", "800" }, d.Content.Body.Take(3).Select(p => p.Page));
    }

    [SharedDataFact("frus")]
    public void Reads1919PersonsWithCorrespAndPageMidParagraph()
    {
        var d = Document("frus1919Parisv01.xml", "d205");

        Assert.Equal("The Secretary of the Commission to Negotiate Peace (Grew) to the Ambassador in France (Sharp)", d.Title);
        Assert.Equal("Paris Peace Conf. 184/41a", d.Content.Sources[0].FileNumber);
        Assert.Equal(new[] { new TeiPerson("Grew", "p_GJC1", false) }, d.Content.Authors);
        Assert.Equal(new[] { new TeiPerson("Sharp", "p_SWG1", false) }, d.Content.Recipients);
        Assert.Equal(("1918-12-10", "Paris"), (d.Content.Date.Date.Edtf, d.Content.Place));
        Assert.StartsWith("My Dear Mr. Ambassador: In connection with the organization", d.Content.Body[0].Text);
        Assert.Contains("there has been established a Liaison Department", d.Content.Body[0].Text);
        Assert.Equal(new[] { "206", "207" }, d.Content.Body.Select(p => p.Page));
        Assert.Equal("[File copy not signed]", d.Content.Closer);
        Assert.Null(d.Content.Signature);
    }

    [SharedDataFact("frus")]
    public void Reads1930sSourceNoteBeforeHeadAndTimeWithoutOffset()
    {
        var d = Document("frus1936v03.xml", "d1");
        Assert.Equal("711.90H/41", d.Content.Sources[0].FileNumber);
        Assert.Equal("The Secretary of State to the Chargé in France (Marriner)", d.Title);
        Assert.Equal(new[] { new TeiPerson("Secretary of State", null, true) }, d.Content.Authors);
        Assert.Equal(new[] { new TeiPerson("Marriner", null, false) }, d.Content.Recipients);
        Assert.Equal("William Phillips", d.Content.Signature);
        Assert.Equal("For the Secretary of State: William Phillips", d.Content.Closer);
        Assert.Equal(new TeiParagraph("No. 1198", "p", "1"), d.Content.Body[0]);
        Assert.Equal(new TeiNote("2", "d1fn2", "Ibid., p. 563.", 1, 84), d.Content.Notes[0]);
        Assert.Equal("Sir: The receipt is acknowledged of your telegram No. 984 of November 22, 1:00 p.m.,", d.Content.Body[1].Text.Substring(0, 84));

        var telegram = Document("frus1936v03.xml", "d294");
        Assert.Equal("124.84/75a", telegram.Content.Sources[0].FileNumber);
        Assert.Equal("Telegram", telegram.Content.Sources[0].Genre);
        Assert.Equal("1936-05-05T14:00:00", telegram.Content.Date.Start);
        Assert.Equal("1936-05-05", telegram.Content.Date.Date.Edtf);

        var ca1927 = Document("frus1927v01.xml", "d2");
        Assert.Equal("500.A15 a 1/a", ca1927.Content.Sources[0].FileNumber);
        Assert.Equal("1927-02-03T19:00:00", ca1927.Content.Date.Start);
    }

    [SharedDataFact("frus")]
    public void ReadsReviewed1969Volume()
    {
        var reading = Read("reviewed/frus1969-76v19p1.xml");
        var v = reading.Volume;
        Assert.Equal("frus1969-76v19p1", v.Id);
        Assert.Equal("Foreign Relations of the United States", v.Series);
        Assert.Equal("1969–1976", v.Subseries);
        Assert.Equal("Volume XIX, Part 1", v.VolumeNumber);
        Assert.Equal("Korea, 1969–1972", v.VolumeTitle);
        Assert.Equal(new[] { new VolumeEditor("Daniel J. Lawler", "primary"), new VolumeEditor("Erin R. Mahan", "primary"), new VolumeEditor("Edward C. Keefer", "general") }, v.Editors);
        Assert.Equal(("Office of the Historian", "Washington", "2010"), (v.Publisher, v.PublicationPlace, v.PublicationYear));
        Assert.Equal("1969-01-30/1972-12-22", v.Coverage.Edtf);

        var d = reading.Documents.Single(x => x.XmlId == "d168");
        Assert.Equal("168", d.Number);
        Assert.Equal("Telegram From the Embassy in Korea to the Department of State", d.Title);
        Assert.Equal("1972-11-24T09:05:00+00:00", d.Content.Date.Start);
        Assert.Equal("November 24, 1972, 0905Z", d.Content.Date.Date.Text);
        Assert.Equal("Seoul", d.Content.Place);
        var source = d.Content.Sources[0];
        Assert.Equal(("National Archives", "RG 59", "Central Files 1970–73, POL KOR N–KOR S", "Secret; Nodis"), (source.Repository, source.RecordGroup, source.Collection, source.Classification));
        Assert.Equal("431", d.Content.Body[0].Page);
        Assert.StartsWith("6782. Subj: Prime Minister’s Views on South-North Dialogue.", d.Content.Body[0].Text);
        Assert.Equal(("2", "d168fn2"), (d.Content.Notes[0].Number, d.Content.Notes[0].XmlId));
        Assert.StartsWith("In telegram 6729 from Seoul, November 22, Habib reported", d.Content.Notes[0].Text);
        Assert.Equal("Habib", d.Content.Signature);

        var memo = reading.Documents.Single(x => x.XmlId == "d172");
        Assert.Equal(new[] { new TeiPerson("Eliot", "p_ETL1", false) }, memo.Content.Authors);
        Assert.Equal(new[] { new TeiPerson("Kissinger", "p_KHA1", false) }, memo.Content.Recipients);
        Assert.Equal("Theodore L. Eliot, Jr.", memo.Content.Signature);

        var editorial = reading.Documents.Where(x => x.IsEditorialNote).ToList();
        Assert.Equal(2, editorial.Count);
        Assert.All(editorial, e => Assert.False(e.Content.Date.IsKnown));
    }

    [SharedDataFact("frus")]
    public void BrokenRealVolumeKeepsTheDocumentsBeforeTheBreak()
    {
        var text = File.ReadAllText(SharedData.Path(SharedData.Frus, "frus1936v03.xml"));
        var at = text.IndexOf("</p>", text.IndexOf("xml:id=\"d300\"", System.StringComparison.Ordinal), System.StringComparison.Ordinal);
        var broken = text.Substring(0, at) + "</q>" + text.Substring(at + 4);

        var reading = TeiVolumeReader.Read("frus1936v03.xml", broken);

        var problem = Assert.Single(reading.Problems);
        Assert.Equal(ProblemCode.MalformedXml, problem.Code);
        Assert.Equal("q>", broken.Substring(problem.Span.Start, 2));
        Assert.Equal(at + 2, problem.Span.Start);
        Assert.Equal(299, reading.Documents.Count);
        Assert.Equal("frus1936v03/d299", reading.Documents[^1].Id);
    }
}
