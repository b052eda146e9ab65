using System;
using System.Linq;
using DocGen.Site.Catalog;
using DocGen.Site.Pages;
using DocGen.Site.Tests.Infrastructure;

namespace DocGen.Site.Tests;

/// <summary>
/// A document page of a published edition (a FRUS volume): number, place, page markers, footnotes linked both ways,
/// opener, closer and signature, attachments, the volume, the editorial-note mark and related documents.
/// </summary>
public sealed class EditionPageTests
{
    private const string Letters = """
        <div type="document" xml:id="d7" n="7">
          <head>Mr. <persName type="from">Gresham</persName> to Mr. <persName type="to">Baker</persName>.<note n="1" xml:id="d7fn1">Printed in part.</note></head>
          <dateline><placeName>Washington</placeName>, <date when="1894-02-01">February 1, 1894</date>.</dateline>
          <opener>[Confidential.]</opener>
          <p>I transmit a telegram<note n="2" xml:id="d7fn2">No. 1.</note> from Bluefields.</p>
          <pb n="12" xml:id="pg_12"/>
          <p>I am, etc.,</p>
          <closer>Very respectfully, <signed>W. Q. Gresham.</signed></closer>
          <frus:attachment>
            <head>Mr. <persName type="from">Herbert</persName> to Mr. <persName type="to">Gresham</persName>.</head>
            <dateline><placeName>Navy Department</placeName>, <date when="1894-01-27">January 27, 1894</date>.</dateline>
            <p>The Kearsarge sails<note n="3" xml:id="d7fn3">Not printed.</note> at once.</p>
            <closer><signed>H. A. Herbert</signed></closer>
          </frus:attachment>
        </div>
        <div type="document" xml:id="d8" n="8">
          <head>Mr. <persName type="from">Baker</persName> to Mr. <persName type="to">Gresham</persName>.</head>
          <dateline><date when="1894-02-09">February 9, 1894</date>.</dateline>
          <p>Received.</p>
        </div>
        <div type="document" xml:id="d9" subtype="editorial-note">
          <head>Editorial Note</head>
          <p>The editors explain.</p>
        </div>
        """;

    private static (SiteArchive Archive, ArchiveDocument[] Documents) Volume()
    {
        var documents = Volumes.Make(Letters).ToArray();
        return (Documents.Archive(documents), documents);
    }

    [Fact]
    public void TheVolumeIsReadAsThePageExpectsIt()
    {
        var (_, documents) = Volume();

        Assert.Equal(new[] { "frus1894Test/d7", "frus1894Test/d8", "frus1894Test/d9" }, documents.Select(d => d.Id));
        Assert.Equal(new[] { "", "12" }, documents[0].Pages);
        Assert.True(documents[2].IsEditorialNote);
    }

    [Fact]
    public void TheDocumentPageShowsNumberPlaceOpenerCloserAndTheVolume()
    {
        var (archive, documents) = Volume();

        var html = DocumentPage.Render(archive, documents[0], SiteLinks.Server);

        Assert.Contains("<dt>Number</dt><dd>7</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Place</dt><dd>Washington</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"opener\">[Confidential.]</p>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"closer\">Very respectfully, W. Q. Gresham.</p>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<p class=\"signature\">", html.Substring(0, html.IndexOf("id=\"attachments\"", StringComparison.Ordinal)), StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"volume\">Published in</h2>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Volume</dt><dd>Papers Relating to the Foreign Relations of the United States, 1894, Appendix I</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Editor</dt><dd>Jane Q. Editor (primary)</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Publisher</dt><dd>Government Printing Office, Washington</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Year</dt><dd>1895</dd>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("class=\"editorial\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PageMarkersStandWhereANewPageStarts()
    {
        var (archive, documents) = Volume();

        var html = DocumentPage.Render(archive, documents[0], SiteLinks.Server);

        Assert.Contains("<p class=\"page\" id=\"page-12\">[Page 12]</p>\n<p>I am, etc.,</p>", html, StringComparison.Ordinal);
        // The attachment goes on on page 12: no second marker.
        Assert.Equal(2, html.Split("class=\"page\"").Length);
    }

    [Fact]
    public void EachFootnoteIsLinkedFromItsAnchorAndBack()
    {
        var (archive, documents) = Volume();

        var html = DocumentPage.Render(archive, documents[0], SiteLinks.Server);

        // The heading's note ends the heading; a body note stands where it is anchored.
        Assert.Contains("<h1>Mr. Gresham to Mr. Baker.<sup class=\"noteref\"><a href=\"#note-1\" id=\"noteref-1\" aria-label=\"Note 1\">1</a></sup></h1>", html, StringComparison.Ordinal);
        Assert.Contains("<p>I transmit a telegram<sup class=\"noteref\"><a href=\"#note-2\" id=\"noteref-2\" aria-label=\"Note 2\">2</a></sup> from Bluefields.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"note-2\"><span class=\"note-number\">2</span> No. 1. <a href=\"#noteref-2\" class=\"back\"", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"note-1\"><span class=\"note-number\">1</span> Printed in part. <a href=\"#noteref-1\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("No. 1.</p>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void AttachmentsHaveTheirOwnHeadingDateBodyAndNotes()
    {
        var (archive, documents) = Volume();

        var html = DocumentPage.Render(archive, documents[0], SiteLinks.Server);
        var attachment = html.Substring(html.IndexOf("<section aria-labelledby=\"attachments\"", StringComparison.Ordinal));

        Assert.Contains("<h3 id=\"attachment-1-heading\">Mr. Herbert to Mr. Gresham.</h3>", attachment, StringComparison.Ordinal);
        Assert.Contains("<dt>Date</dt><dd>January 27, 1894</dd>", attachment, StringComparison.Ordinal);
        Assert.Contains("<dt>Place</dt><dd>Navy Department</dd>", attachment, StringComparison.Ordinal);
        Assert.Contains("<p>The Kearsarge sails<sup class=\"noteref\"><a href=\"#attachment-1-note-1\" id=\"attachment-1-noteref-1\"", attachment, StringComparison.Ordinal);
        Assert.Contains("<li id=\"attachment-1-note-1\"><span class=\"note-number\">3</span> Not printed.", attachment, StringComparison.Ordinal);
        Assert.Contains("H. A. Herbert", attachment, StringComparison.Ordinal);
        Assert.DoesNotContain("The Kearsarge", html.Substring(0, html.IndexOf("<section aria-labelledby=\"attachments\"", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void AnEditorialNoteIsMarked()
    {
        var (archive, documents) = Volume();

        var html = DocumentPage.Render(archive, documents[2], SiteLinks.Server);

        Assert.Contains("<p class=\"editorial\">Editorial note", html, StringComparison.Ordinal);
    }

    [Fact]
    public void RelatedDocumentsAreTheOtherDocumentsOfItsSendersAndRecipients()
    {
        var (archive, documents) = Volume();

        var html = DocumentPage.Render(archive, documents[0], SiteLinks.Server);
        var start = html.IndexOf("<section aria-labelledby=\"related\"", StringComparison.Ordinal);
        var related = html.Substring(start, html.IndexOf("</section>", start, StringComparison.Ordinal) - start);

        // Gresham and Baker both have d8; d7 never links to itself, and the editorial note has no people.
        Assert.Contains("<h3>Gresham</h3>\n<ul>\n<li><a href=\"/documents/frus1894Test/d8\">Mr. Baker to Mr. Gresham.</a>", related, StringComparison.Ordinal);
        Assert.Contains("<h3>Baker</h3>\n<ul>\n<li><a href=\"/documents/frus1894Test/d8\">", related, StringComparison.Ordinal);
        Assert.DoesNotContain("frus1894Test/d7\"", related, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"related\"", DocumentPage.Render(archive, documents[2], SiteLinks.Server), StringComparison.Ordinal);
    }

    [Fact]
    public void RelatedDocumentsAreFewAndTheRestIsALink()
    {
        var many = Enumerable.Range(1, 12).Select(i => Documents.Make("m" + i, "Letter " + i, authors: new[] { "Gresham" })).ToArray();
        var archive = Documents.Archive(many);

        var html = DocumentPage.Render(archive, many[0], SiteLinks.Server);

        Assert.Equal(DocumentEdition.RelatedLimit, html.Split("<li><a href=\"/documents/m").Length - 1);
        Assert.Contains("<a href=\"/catalog?person=Gresham\">Every document of Gresham in the catalog</a>", html, StringComparison.Ordinal);
        Assert.Contains("11 other documents in all.", DocumentPage.Render(archive, many[0], new SiteLinks("../", isStatic: true)), StringComparison.Ordinal);
    }

    [Fact]
    public void TheSiteShowsTheSharedVolumeExactlyWhenItIsBesideTheRepository()
    {
        var site = SiteArchive.FromCatalog(typeof(DocGen.Site.Archive));

        var collection = site.Collections.FirstOrDefault(c => c.Key == "Frus1894Nicaragua");

        Assert.Equal(Volumes.Shared?.Count, collection?.Documents.Count);
    }

    [SharedVolumeFact]
    public void ARealFrusDocumentOfTheSiteShowsItsNumberPlaceNoteAttachmentVolumeAndRelatedDocuments()
    {
        var site = SiteArchive.FromCatalog(typeof(DocGen.Site.Archive));
        Assert.True(site.TryGet("frus1894Nicaragua/d2", out var d2));

        var html = DocumentPage.Render(site, d2, SiteLinks.Server);

        Assert.Contains("<dt>Number</dt><dd>2</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Place</dt><dd>Department of State, Washington</dd>", html, StringComparison.Ordinal);
        Assert.Contains("telegram<sup class=\"noteref\"><a href=\"#note-1\" id=\"noteref-1\" aria-label=\"Note 1\">1</a></sup> from our consular agent", html, StringComparison.Ordinal);
        Assert.Contains("<li id=\"note-1\"><span class=\"note-number\">1</span> No. 1.", html, StringComparison.Ordinal);
        Assert.Contains("<h3 id=\"attachment-1-heading\">Mr. Herbert to Mr. Gresham.</h3>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Date</dt><dd>January 27, 1894</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"closer\">W. Q. Gresham.</p>", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Publisher</dt><dd>United States Government Printing Office", html, StringComparison.Ordinal);
        Assert.Contains("<dt>Year</dt><dd>1895</dd>", html, StringComparison.Ordinal);
        Assert.Contains("<h3>Gresham</h3>\n<ul>\n<li><a href=\"/documents/frus1894Nicaragua/", html, StringComparison.Ordinal);
        Assert.Contains("<p class=\"page\" id=\"attachment-1-page-10\">[Page 10]</p>", html, StringComparison.Ordinal);
    }
}
