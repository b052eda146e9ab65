using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Citations.Tests;

/// <summary>
/// The run-time API for any style: <see cref="CslCitationStyle.Parse"/>, <see cref="CslLocale.Parse"/> and
/// <see cref="ArchiveDocument.Cite(CslCitationStyle, CitationForm, CitationMarkup, CslLocale?, CalendarDay?)"/>, against
/// citeproc-js on hand-built documents, and its refusal of a style it cannot use.
/// </summary>
public sealed class RuntimeCslStyleTests
{
    private static string LocaleFolder => Path.Combine(SharedData.Root ?? string.Empty, "csl-test-suite", "locales");

    private static string HistoricalJournal => Path.Combine(Repository.Root, "tests", "DocGen.Citations.Tests", "Styles", "historical-journal.csl");

    [CiteprocFact]
    public void A_style_and_locale_read_at_run_time_cite_as_citeproc_does()
    {
        var documents = new List<ArchiveDocument>();
        var items = new List<string>();
        foreach (var (_, document) in ConformanceBatch.RuntimeDocuments())
        {
            documents.Add(document);
            var item = JsonNode.Parse(document.ToCslJson())!;
            item["id"] = "r" + items.Count;
            items.Add(item.ToJsonString());
        }

        var jobs = new[]
        {
            new OracleJob("journal de-DE", HistoricalJournal, "de-DE"),
            new OracleJob("journal fr-FR", HistoricalJournal, "fr-FR"),
            new OracleJob("shortened en-US", Path.Combine(SharedData.Csl!, "chicago-shortened-notes-bibliography.csl"), "en-US"),
        };
        var oracle = Citeproc.Run(items, jobs, LocaleFolder);
        var forms = new[] { (CitationForm.Bibliography, "bibliography"), (CitationForm.Note, "citation"), (CitationForm.ShortNote, "subsequent") };
        var markups = new[] { (CitationMarkup.PlainText, "text"), (CitationMarkup.Html, "html") };
        var mismatches = new StringBuilder();
        var compared = 0;
        foreach (var job in jobs)
        {
            var style = CslCitationStyle.Parse(File.ReadAllText(job.StylePath));
            var folder = job.Locale == "en-US" ? SharedData.Csl! : LocaleFolder;
            var locale = CslLocale.Parse(File.ReadAllText(Path.Combine(folder, "locales-" + job.Locale + ".xml")));
            for (var i = 0; i < documents.Count; i++)
            {
                foreach (var (form, formName) in forms)
                {
                    foreach (var (markup, markupName) in markups)
                    {
                        var expected = (string)oracle[job.Name]!["r" + i]![formName]![markupName]!;
                        var actual = documents[i].Cite(style, form, markup, locale);
                        compared++;
                        if (expected != actual)
                        {
                            mismatches.AppendLine($"{job.Name} r{i} {formName} {markupName}\n  citeproc: {expected}\n  DocGen:   {actual}");
                        }
                    }
                }
            }
        }

        Assert.Equal(jobs.Length * documents.Count * forms.Length * markups.Length, compared);
        Assert.True(mismatches.Length == 0, mismatches.ToString());
    }

    [SharedDataFact("csl")]
    public void The_official_styles_and_our_own_pass_the_checks()
    {
        var files = new List<string>(Directory.GetFiles(SharedData.Csl!, "*.csl")) { HistoricalJournal };
        foreach (var file in files)
        {
            var exception = Record.Exception(() => CslCitationStyle.Parse(File.ReadAllText(file)));
            Assert.True(exception is null, file + ": " + exception?.Message);
        }

        Assert.True(files.Count >= 7, "expected the six official styles and ours, found " + files.Count);
    }

    [Fact]
    public void A_style_with_an_unknown_macro_is_refused_with_its_place()
    {
        const string xml = "<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\">\n<citation><layout><text macro=\"author\"/></layout></citation>\n</style>";
        var exception = Assert.Throws<CslStyleException>(() => CslCitationStyle.Parse(xml));
        Assert.Contains("line 2, column 25", exception.Message);
        Assert.Contains("\"author\"", exception.Message);
        Assert.Single(exception.Problems);
    }

    [Fact]
    public void Malformed_styles_and_locales_are_refused_and_markdown_is_not_offered()
    {
        Assert.Throws<CslStyleException>(() => CslCitationStyle.Parse("<style"));
        Assert.Throws<CslStyleException>(() => CslLocale.Parse("<locale xmlns=\"http://purl.org/net/xbiblio/csl\"/>"));
        var style = CslCitationStyle.Parse("<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\"><citation><layout><text variable=\"title\"/></layout></citation></style>");
        var document = new ArchiveDocument("m1", "A title", new DocumentDate(string.Empty, new DatePoint(1950, 1, 1, DatePrecision.Day), new DatePoint(1950, 1, 1, DatePrecision.Day), false, false, false, null));
        Assert.Equal("A title", document.Cite(style, CitationForm.Note));
        Assert.Throws<NotSupportedException>(() => document.Cite(style, CitationForm.Note, CitationMarkup.Markdown));
    }
}
