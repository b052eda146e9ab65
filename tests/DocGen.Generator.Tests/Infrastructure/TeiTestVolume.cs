namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// A small TEI volume written for the tests (invented text in FRUS markup): a header with coverage, a despatch with a
/// footnote and a page break, one with an attachment, an undated document, an editorial note. No shared data needed.
/// </summary>
internal static class TeiTestVolume
{
    public static readonly string[] Ids = { "frus1899Test/d1", "frus1899Test/d2", "frus1899Test/d3", "frus1899Test/d4" };

    public const string Text = """
        <?xml version="1.0" encoding="UTF-8"?>
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xmlns:frus="http://history.state.gov/frus/ns/1.0" xml:id="frus1899Test">
        <teiHeader><fileDesc><titleStmt>
        <title type="complete">Papers Relating to the Foreign Relations of the United States, 1899, Test Harbours</title>
        <title type="series">Papers Relating to the Foreign Relations of the United States</title>
        <title type="subseries">1899</title>
        <title type="volumenumber">Volume T</title>
        <title type="volume">Test Harbours</title>
        <editor role="primary">Ada Quill</editor>
        </titleStmt><publicationStmt><publisher>Government Printing Office</publisher><pubPlace>Washington</pubPlace>
        <date>1901</date><idno type="frus">frus1899Test</idno></publicationStmt></fileDesc></teiHeader>
        <text><body>
        <pb n="7" xml:id="pg_7"/>
        <div type="document" xml:id="d1" n="1">
        <note rend="inline" type="source">File No. 811.0/12.</note>
        <head>No. 1.<lb/>Mr. <persName type="from">Alder</persName> to Mr. <persName type="to">Brook</persName>.</head>
        <opener><dateline><placeName>Port Esk</placeName>, <date when="1899-01-05">January 5, 1899</date>.</dateline></opener>
        <p>The harbour dues were raised this morning<note n="1" xml:id="d1fn1">See the port captain's order of January 4.</note> by the port captain.</p>
        <pb n="8" xml:id="pg_8"/>
        <p>I have protested in writing.</p>
        <closer>I have, etc.,<lb/><signed>A. Alder</signed>.</closer>
        </div>
        <div type="document" xml:id="d2" n="2">
        <head>No. 2.<lb/>Mr. <persName type="from">Brook</persName> to Mr. <persName type="to">Alder</persName>.</head>
        <opener><dateline><placeName>Washington</placeName>, <date when="1899-02-01">February 1, 1899</date>.</dateline></opener>
        <p>Your protest is approved; a copy of the reply is inclosed.</p>
        <frus:attachment>
        <opener><seg>[Inclosure.]</seg></opener>
        <head>Mr. Brook to the Port Captain.</head>
        <opener><dateline><date when="1899-01-31">January 31, 1899</date>.</dateline></opener>
        <p>The dues must return to the rate of the treaty.</p>
        </frus:attachment>
        </div>
        <div type="document" xml:id="d3" n="3">
        <head>No. 3.<lb/>Memorandum left at the Legation.</head>
        <opener><dateline><placeName>Port Esk</placeName>, <date>undated</date>.</dateline></opener>
        <p>The captain regrets the misunderstanding.</p>
        </div>
        <div type="document" xml:id="d4" n="4" subtype="editorial-note">
        <head>Editorial Note</head>
        <p>No further correspondence on the dues was printed.</p>
        </div>
        </body></text></TEI>
        """;

    /// <summary>Three more documents, each with one problem, and a repeat of d1's id.</summary>
    public const string Faulty = """
        <div type="document" xml:id="d1" n="901"><head>A second d1</head><p>Left out.</p></div>
        <div type="document" xml:id="d902" n="902"><p>A document with no heading.</p></div>
        <div type="document" xml:id="d903" n="903"><head>A date that is no date</head><opener><dateline><date when="1899-02-30">February 30, 1899</date></dateline></opener><p>Text.</p></div>
        <div type="document" xml:id="d904" n="904"><head>A date after the volume</head><opener><dateline><date when="1989-03-01">March 1, 1989</date></dateline></opener><p>Text.</p></div>
        """;

    /// <summary>
    /// A volume whose documents feed every project-wide step: a persons list and a person linked, a dateline place, a
    /// page break, and a link from d2 to the document <paramref name="cited"/> ("d1", "d3", or a page of another
    /// volume: "frus1969-76v19p1#pg_1"), under the volume id <paramref name="volume"/>.
    /// </summary>
    public static string Linked(string cited, string volume = "frus1969-76v19p1") => $"""
        <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="{volume}">
        <teiHeader><fileDesc><titleStmt><title type="complete">Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972</title></titleStmt>
        <publicationStmt><date type="publication-date">2009</date><idno type="frus">{volume}</idno></publicationStmt></fileDesc></teiHeader>
        <text><front>
        <list type="names"><item><persName xml:id="p_KHA1">Kissinger, Henry A.</persName>, Assistant to the President</item></list>
        </front><body>
        <div type="document" xml:id="d1" n="1"><head>Memorandum for the Record</head><opener><dateline><placeName>Washington</placeName>, <date when="1969-01-02">January 2, 1969</date>.</dateline></opener><pb n="1" xml:id="pg_1"/><p><persName corresp="#p_KHA1">Kissinger</persName> spoke.</p></div>
        <div type="document" xml:id="d2" n="2"><head>Telegram</head><p>See <ref target="{(cited.Contains('#') ? cited : "#" + cited)}">the document</ref>.</p></div>
        <div type="document" xml:id="d3" n="3"><head>Letter</head><p>Text.</p></div>
        </body></text></TEI>
        """;
}
