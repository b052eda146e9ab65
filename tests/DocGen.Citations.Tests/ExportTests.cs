using System.Globalization;
using System.Threading;

namespace DocGen.Citations.Tests;

/// <summary>The exports and the citation API of the runtime model, with exact expected text.</summary>
public sealed class ExportTests
{
    private static ArchiveDocument Telegram() => new(
        id: "112106",
        title: "Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong",
        date: new DocumentDate("June 5, 1951", new DatePoint(1951, 6, 5, DatePrecision.Day), new DatePoint(1951, 6, 5, DatePrecision.Day), false, false, false, "1951-06-05"),
        url: "https://digitalarchive.wilsoncenter.org/document/112106",
        archiveName: "Wilson Center Digital Archive",
        summary: "Telegram from Stalin to Mao.",
        contents: "Translation - English",
        authors: new[] { "Filippov [Stalin]" },
        recipients: new[] { "Krasovsky", "Mao Zedong" },
        archiveLocation: "APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018",
        citedLanguage: "en");

    private static ArchiveDocument Hostile() => new(
        id: "900/666",
        title: "Braces {x} 100% R&D $5 #1 snake_case x^2 ~tilde back\\slash \"quoted\"\nnext",
        date: new DocumentDate("c. 1955", new DatePoint(1955, 4, 0, DatePrecision.Month), new DatePoint(1955, 4, 0, DatePrecision.Month), false, true, false, "1955-04~"),
        summary: "Line one\r\nline two\u2028three");

    [Fact]
    public void CslJsonHasTheMappingAndEscapes()
    {
        Assert.Equal(
            "{\"id\":\"112106\",\"type\":\"manuscript\",\"title\":\"Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong\","
            + "\"title-short\":\"Ciphered Telegram No. 3410\",\"author\":[{\"literal\":\"Filippov [Stalin]\"}],"
            + "\"recipient\":[{\"literal\":\"Krasovsky\"},{\"literal\":\"Mao Zedong\"}],\"issued\":{\"date-parts\":[[1951,6,5]]},"
            + "\"accessed\":{\"date-parts\":[[2024,3,1]]},\"archive\":\"Wilson Center Digital Archive\","
            + "\"archive_location\":\"APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018\","
            + "\"URL\":\"https://digitalarchive.wilsoncenter.org/document/112106\",\"language\":\"en\",\"abstract\":\"Telegram from Stalin to Mao.\"}",
            Telegram().ToCslJson(new CalendarDay(2024, 3, 1)));
        Assert.Equal(
            "{\"id\":\"900/666\",\"type\":\"manuscript\",\"title\":\"Braces {x} 100% R&D $5 #1 snake_case x^2 ~tilde back\\\\slash \\\"quoted\\\"\\nnext\","
            + "\"issued\":{\"date-parts\":[[1955,4]],\"circa\":true},\"abstract\":\"Line one\\r\\nline two\\u2028three\"}",
            Hostile().ToCslJson());
    }

    [Fact]
    public void BibTeXFollowsBiblatexAndEscapesLatex()
    {
        Assert.Equal(
            "@unpublished{doc-112106,\n"
            + "  author = {{Filippov [Stalin]}},\n"
            + "  title = {Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong},\n"
            + "  shorttitle = {Ciphered Telegram No. 3410},\n"
            + "  date = {1951-06-05},\n"
            + "  howpublished = {Wilson Center Digital Archive},\n"
            + "  note = {APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018},\n"
            + "  url = {https://digitalarchive.wilsoncenter.org/document/112106},\n"
            + "  urldate = {2024-03-01},\n"
            + "  langid = {english},\n"
            + "  abstract = {Telegram from Stalin to Mao.},\n"
            + "}\n",
            Telegram().ToBibTeX(new System.DateTime(2024, 3, 1, 23, 59, 0, System.DateTimeKind.Utc)));
        Assert.Equal(
            "@misc{doc-900-666,\n"
            + "  title = {Braces \\{x\\} 100\\% R\\&D \\$5 \\#1 snake\\_case x\\textasciicircum{}2 \\textasciitilde{}tilde back\\textbackslash{}slash \"quoted\" next},\n"
            + "  date = {1955-04~},\n"
            + "  abstract = {Line one  line two three},\n"
            + "}\n",
            Hostile().ToBibTeX());
    }

    [Fact]
    public void RisHasTagsAndCrLfLines()
    {
        Assert.Equal(
            "TY  - MANSCPT\r\nAU  - Filippov [Stalin]\r\nTI  - Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong\r\n"
            + "ST  - Ciphered Telegram No. 3410\r\nPY  - 1951\r\nDA  - 1951/06/05/\r\nDB  - Wilson Center Digital Archive\r\n"
            + "AN  - APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018\r\n"
            + "UR  - https://digitalarchive.wilsoncenter.org/document/112106\r\nLA  - en\r\nAB  - Telegram from Stalin to Mao.\r\nER  - \r\n",
            Telegram().ToRis());
        Assert.Equal(
            "TY  - MANSCPT\r\nTI  - Braces {x} 100% R&D $5 #1 snake_case x^2 ~tilde back\\slash \"quoted\" next\r\nPY  - 1955\r\nDA  - 1955/04//circa\r\n"
            + "Y2  - 2024/03/01/\r\nAB  - Line one  line two three\r\nER  - \r\n",
            Hostile().ToRis(new CalendarDay(2024, 3, 1)));
    }

    [Fact]
    public void CitesInEveryStyleAndMarkup()
    {
        var telegram = Telegram();
        Assert.Equal(
            "Filippov [Stalin]. “Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong.” June 5, 1951. APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018. Wilson Center Digital Archive. https://digitalarchive.wilsoncenter.org/document/112106.",
            telegram.Cite(CitationStyle.ChicagoNotesBibliography));
        Assert.Equal("Filippov [Stalin], “Ciphered Telegram No. 3410.”", telegram.Cite(CitationStyle.ChicagoNotesBibliography, CitationForm.ShortNote));
        Assert.Equal("(Filippov [Stalin] 1951)", telegram.Cite(CitationStyle.ChicagoAuthorDate, CitationForm.Note));
        Assert.Equal("(Filippov [Stalin], 1951)", telegram.Cite(CitationStyle.Apa, CitationForm.Note));
        Assert.Equal("(Filippov [Stalin])", telegram.Cite(CitationStyle.Mla, CitationForm.Note));
        Assert.Equal(
            "Filippov [Stalin]. (1951). <i>Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong</i>. Wilson Center Digital Archive (APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018). https://digitalarchive.wilsoncenter.org/document/112106",
            telegram.Cite(CitationStyle.Apa, CitationForm.Bibliography, CitationMarkup.Html));
        Assert.Equal(
            "Filippov \\[Stalin\\]. (1951). *Ciphered Telegram No. 3410, Filippov \\[Stalin\\] to Krasovsky, for Cde. Mao Zedong*. Wilson Center Digital Archive (APRF, f. 45, op. 1, d. 339, ll. 17-18; and RGASPI, f. 558, op. 11, d. 339, ll. 0017-0018). https://digitalarchive.wilsoncenter.org/document/112106",
            telegram.Cite(CitationStyle.Apa, CitationForm.Bibliography, CitationMarkup.Markdown));
    }

    [Fact]
    public void AccessDatePrintsOnlyForUndatedDocuments()
    {
        var undated = new ArchiveDocument("1", "Memo two", DocumentDate.Unknown, url: "https://x/z");
        Assert.Equal("“Memo Two.” n.d. Accessed March 1, 2024. https://x/z.", undated.Cite(CitationStyle.ChicagoNotesBibliography, accessed: new CalendarDay(2024, 3, 1)));
        Assert.Equal("Memo two. (n.d.). Retrieved March 1, 2024, from https://x/z", undated.Cite(CitationStyle.Apa, accessed: new CalendarDay(2024, 3, 1)));
        Assert.Equal("“Memo Two.” https://x/z. Accessed 1 Mar. 2024.", undated.Cite(CitationStyle.Mla, accessed: new CalendarDay(2024, 3, 1)));
        Assert.Equal(Telegram().Cite(CitationStyle.Mla), Telegram().Cite(CitationStyle.Mla, accessed: new CalendarDay(2024, 3, 1)));
    }

    [Fact]
    public void OutputDoesNotDependOnTheCulture()
    {
        var document = new ArchiveDocument("2", "istanbul meeting of the commission", new DocumentDate("1960", new DatePoint(1960, 0, 0, DatePrecision.Year), new DatePoint(1960, 0, 0, DatePrecision.Year), false, false, false, "1960"));
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal("(“Istanbul Meeting of the Commission” 1960)", document.Cite(CitationStyle.ChicagoAuthorDate, CitationForm.Note));
            Assert.Equal("{\"id\":\"2\",\"type\":\"manuscript\",\"title\":\"istanbul meeting of the commission\",\"issued\":{\"date-parts\":[[1960]]}}", document.ToCslJson());
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }
}
