using System.IO;
using System.Linq;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Model;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Tei;

/// <summary>
/// The model's TEI fields (number, place, time, genre, classification, notes, pages, closer, signature, attachments,
/// persons-list ids, volume) on sampled documents of every era in ../shared/frus, read in place through the reader
/// seam; values pinned from the files.
/// </summary>
public sealed class TeiModelRealVolumeTests
{
    private static ParsedDocument Read(string file, string xmlId)
    {
        var path = SharedData.Path(SharedData.Frus, file);
        return TeiReader.Instance.Read(path, File.ReadAllText(path), int.MaxValue).Single(d => d.Id.EndsWith("/" + xmlId, System.StringComparison.Ordinal));
    }

    private static string[] NoteNumbers(ParsedDocument d) => d.Notes.Select(n => n.Number ?? string.Empty).ToArray();

    [SharedDataFact("frus")]
    public void Era1861()
    {
        var d = Read("frus1861.xml", "d1");

        Assert.Equal("1", d.Number);
        Assert.Equal("Washington", d.Place);
        Assert.Null(d.TimeOfDay);
        Assert.Equal("J. S. BLACK.", d.Signature);
        Assert.Equal(9, d.Body.Count);
        Assert.Equal("CIRCULAR.", d.Body[0]);
        Assert.Equal(new[] { "[31]", "32" }, d.Pages.Distinct());
        Assert.Equal("frus1861", d.Volume!.Id);
        Assert.Equal("1861", d.Volume.PublicationYear);
        Assert.Empty(d.Volume.Editors);
        Assert.False(d.Volume.Coverage.IsKnown);
    }

    [SharedDataFact("frus")]
    public void Era1864()
    {
        var d = Read("frus1864p4.xml", "d10");

        Assert.Equal("Legation of the United States, Madrid", d.Place);
        Assert.Equal(new[] { "Mr. Koerner" }, d.Authors);
        Assert.Equal("GUSTAVUS KOERNER.", d.Signature);
        Assert.Equal(new[] { "6", "7" }, d.Pages.Distinct());
        Assert.Equal("Part IV", d.Volume!.VolumeNumber);
        Assert.Equal("1866", d.Volume.PublicationYear);
    }

    [SharedDataFact("frus")]
    public void Era1872UndatedRecord()
    {
        var d = Read("frus1872p2v4.xml", "d2");

        Assert.False(d.Date.IsKnown);
        Assert.Null(d.Place);
        Assert.Equal(17, d.Body.Count);
        Assert.StartsWith("The conference was convened at the Hôtel de Ville at Geneva", d.Body[0], System.StringComparison.Ordinal);
        Assert.Equal("Papers Relating to the Treaty of Washington", d.Volume!.VolumeTitle);
        Assert.Equal("Part II, Volume IV", d.Volume.VolumeNumber);
        Assert.Equal("1872", d.Volume.Subseries);
    }

    [SharedDataFact("frus")]
    public void Era1882()
    {
        var d = Read("frus1882.xml", "d3");

        Assert.Equal("Mr. Frelinghuysen to Mr. Osborn", d.Title);
        Assert.Equal("Department of State, Washington", d.Place);
        Assert.Equal("FRED’K T. FRELINGHUYSEN.", d.Signature);
        Assert.Equal(11, d.Body.Count);
        Assert.Equal(new[] { "3", "4" }, d.Pages.Distinct());
    }

    [SharedDataFact("frus")]
    public void Era1894WithAnAttachmentAndAFootnote()
    {
        var d1 = Read("frus1894Nicaragua.xml", "d1");
        var d2 = Read("frus1894Nicaragua.xml", "d2");

        Assert.Equal("Telegram", d1.Genre);
        Assert.Equal("Bluefields, Nicaragua", d1.Place);
        Assert.Equal("Seat, Consular Agent, (and fifty citizens of the United States).", d1.Closer);
        Assert.Equal("Seat, Consular Agent", d1.Signature);
        Assert.Equal(new DocumentNote("1", "No. 1.", 0, 57), Assert.Single(d2.Notes));
        var attachment = Assert.Single(d2.Attachments);
        Assert.Equal("Mr. Herbert to Mr. Gresham.", attachment.Heading);
        Assert.Equal("1894-01-27", attachment.Date.Edtf);
        Assert.Equal(new[] { "Herbert" }, attachment.Authors);
        Assert.Equal(6, attachment.Body.Count);
        Assert.Equal(new[] { "10" }, attachment.Pages.Distinct());
        Assert.Equal("H. A. Herbert, Secretary of the Navy.", attachment.Signature);
        Assert.Equal(d1.Volume, d2.Volume);
        Assert.Equal("Foreign Relations of the United States, 1894, Nicaragua (Mosquito Territory)", d1.Volume!.FullTitle);
        Assert.Equal("United States Government Printing Office", d1.Volume.Publisher);
        Assert.Equal("Washington", d1.Volume.PublicationPlace);
        Assert.Equal("1895", d1.Volume!.PublicationYear);
    }

    [SharedDataFact("frus")]
    public void Era1901UndatedCablegram()
    {
        var d = Read("frus1901China.xml", "d5");

        Assert.False(d.Date.IsKnown);
        Assert.Equal(new[] { "12", "13" }, d.Pages.Distinct());
        Assert.Equal("Yu Lien-yuen, Taotai at Shanghai. Kwang-hsu, twenty-sixth year, sixth moon, 23d day (July 19, 1900)", d.Signature);
    }

    [SharedDataFact("frus")]
    public void Era1902WithTwoAttachments()
    {
        var d = Read("frus1902app1.xml", "d2");

        Assert.Equal("Document 2", d.Title);
        Assert.Equal("Embassy of the United States, St. Petersburg", d.Place);
        Assert.Equal(new[] { 25, 26 }, d.Attachments.Select(a => a.Body.Count));
        Assert.Equal("MEMORANDUM.", d.Attachments[1].Heading);
        Assert.Equal("Herbert H. D. Peirce.", d.Attachments[1].Signature);
        Assert.Equal(new[] { "3", "4", "5", "6", "7" }, d.Attachments[0].Pages.Distinct());
    }

    [SharedDataFact("frus")]
    public void Era1917TimeWithoutOffsetAndACrossVolumePersonId()
    {
        var d = Read("frus1917Supp02v02.xml", "d5");

        Assert.Equal("18:00:00", d.TimeOfDay);
        Assert.Null(d.UtcOffset);
        Assert.Equal("Telegram", d.Genre);
        Assert.Equal(new[] { "Egan" }, d.Recipients);
        Assert.Equal(new[] { "frus1917Supp02v01#p_EMF1" }, d.RecipientIds);
        Assert.Equal(new[] { "file:600.119/42" }, d.Sources[0].Locators.Select(l => l.Kind + ":" + l.Value));
        Assert.Equal(new DocumentNote("1", "Post, p. 1015.", 0, 31), Assert.Single(d.Notes));
        Assert.Equal(new[] { "806" }, d.Pages.Distinct());
        Assert.Equal("Lansing", d.Signature);
    }

    [SharedDataFact("frus")]
    public void Era1919PersonIdsAndAnAttachment()
    {
        var d = Read("frus1919Parisv01.xml", "d10");

        Assert.Equal("18:41:00", d.TimeOfDay);
        Assert.Equal(new[] { "Uchida" }, d.Recipients);
        Assert.Equal(new[] { "p_UVY1" }, d.RecipientIds);
        Assert.Equal(new[] { "Secretary of State" }, d.Authors);
        Assert.Equal(new[] { string.Empty }, d.AuthorIds);
        var attachment = Assert.Single(d.Attachments);
        Assert.Equal("King Victor Emanuel of Italy to President Wilson", attachment.Heading);
        Assert.Equal("Vittorio Emanuele", attachment.Signature);
        Assert.Equal("The Paris Peace Conference, 1919", d.Volume!.VolumeTitle);
        Assert.Equal("1942", d.Volume.PublicationYear);
    }

    [SharedDataFact("frus")]
    public void Era1927()
    {
        var d = Read("frus1927v01.xml", "d5");

        Assert.Equal("21:00:00", d.TimeOfDay);
        Assert.Equal("Telegram", d.Genre);
        Assert.Equal("Kellogg", d.Signature);
        Assert.Equal("Volume I", d.Volume!.VolumeNumber);
    }

    [SharedDataFact("frus")]
    public void Era1934()
    {
        var d = Read("frus1934v04.xml", "d5");

        Assert.Equal("12:00:00", d.TimeOfDay);
        Assert.Equal("Buenos Aires", d.Place);
        Assert.Equal(new[] { "file:710.1012 Anti-War/74" }, Assert.Single(d.Sources).Locators.Select(l => l.Kind + ":" + l.Value));
        Assert.Equal(new DocumentNote("5", "Neither printed.", 0, 108), Assert.Single(d.Notes));
        Assert.Equal("Foreign Relations of the United States Diplomatic Papers", d.Volume!.Series);
        Assert.Equal("1934", d.Volume.Subseries);
        Assert.Equal("The American Republics", d.Volume.VolumeTitle);
    }

    [SharedDataFact("frus")]
    public void Era1936FootnotesAnchoredInTheirParagraphs()
    {
        var d = Read("frus1936v03.xml", "d1");

        Assert.Equal(new[] { "2", "3", "4", "5", "6", "7", "8" }, NoteNumbers(d));
        Assert.Equal(new[] { (1, 84), (1, 133), (5, 310), (5, 799), (6, 98), (8, 26), (10, 1039) }, d.Notes.Select(n => (n.Paragraph, n.Offset)));
        Assert.Equal("Ibid., p. 563.", d.Notes[0].Text);
        Assert.Equal("For the Secretary of State: William Phillips", d.Closer);
        Assert.Equal("William Phillips", d.Signature);
        Assert.Equal(new[] { "1", "2", "3" }, d.Pages.Distinct());
        Assert.Equal(d.Body.Count, d.Pages.Count);
    }

    [SharedDataFact("frus")]
    public void Era1969To1976Reviewed()
    {
        var d = Read("reviewed/frus1969-76v19p1.xml", "d168");

        Assert.Equal("168", d.Number);
        Assert.Equal("Seoul", d.Place);
        Assert.Equal("09:05:00", d.TimeOfDay);
        Assert.Equal("+00:00", d.UtcOffset);
        Assert.Equal("Secret; Nodis", d.Classification);
        Assert.Equal("Habib", d.Signature);
        Assert.Equal(new[] { "431", "432", "433" }, d.Pages.Distinct());
        Assert.Equal("2", Assert.Single(d.Notes).Number);
        Assert.False(d.IsEditorialNote);
        var v = d.Volume!;
        Assert.Equal(
            ("frus1969-76v19p1", "Foreign Relations of the United States", "1969–1976", "Volume XIX, Part 1", "Korea, 1969–1972", "Office of the Historian", "2010"),
            (v.Id, v.Series, v.Subseries, v.VolumeNumber, v.VolumeTitle, v.Publisher, v.PublicationYear));
        Assert.Equal(new[] { new VolumeEditor("Daniel J. Lawler", "primary"), new VolumeEditor("Erin R. Mahan", "primary"), new VolumeEditor("Edward C. Keefer", "general") }, v.Editors);
        Assert.Equal("1969-01-30/1972-12-22", v.Coverage.Edtf);
    }

    [SharedDataFact("frus")]
    public void EditorialNotesAreMarkedAndNeverTakeTheVolumesRange()
    {
        var path = SharedData.Path(SharedData.Frus, "reviewed/frus1969-76v19p1.xml");
        var notes = TeiReader.Instance.Read(path, File.ReadAllText(path), int.MaxValue).Where(d => d.IsEditorialNote).ToList();

        Assert.NotEmpty(notes);
        Assert.All(notes, n => Assert.NotEqual("1969-01-30/1972-12-22", n.Date.Edtf));
    }
}
