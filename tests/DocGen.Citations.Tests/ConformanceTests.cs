using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Core.Citations;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests;

using CoreDay = DocGen.Core.Formatting.CalendarDay;
using CoreForm = DocGen.Core.Formatting.CitationForm;
using CoreMarkup = DocGen.Core.Formatting.CitationMarkup;
using CoreStyle = DocGen.Core.Formatting.CitationStyle;

/// <summary>
/// DocGen's citations against citeproc-js with the official CSL styles: for every document, style, form and markup
/// (plain text and HTML), DocGen's string must equal citeproc's for the CSL-JSON DocGen itself exports. The corpus
/// goes through the compile-time path (DocGen.Core, as the generator formats constants); hand-built runtime documents
/// go through <see cref="ArchiveDocument.Cite(CitationStyle, CitationForm, CitationMarkup, CalendarDay?)"/>.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly string[] StyleNames = { "chicago-notes-bibliography", "chicago-author-date", "apa", "modern-language-association" };

    private static readonly string[] FormNames = { "bibliography", "citation", "subsequent" };

    private static readonly string[] MarkupNames = { "text", "html" };

    private readonly ITestOutputHelper _output;

    public ConformanceTests(ITestOutputHelper output) => _output = output;

    /// <summary>One document to compare: its CSL-JSON and how DocGen cites it (style, form, markup as the enum values 0, 1, 2...).</summary>
    private sealed record Case(string Name, string CslJson, Func<int, int, int, string> Cite);

    /// <summary>
    /// Both tests' documents go to citeproc in one batch: starting node and loading citeproc and the styles costs far
    /// more than the documents, so one run serves both.
    /// </summary>
    private static readonly Lazy<(List<Case> Corpus, List<Case> Runtime, JsonNode Oracle)> Batch = new(RunBatch);

    [CiteprocFact]
    public void EveryCorpusDocumentEqualsCiteprocInEveryStyleFormAndMarkup()
    {
        var (corpus, _, oracle) = Batch.Value;
        Compare(corpus, 0, oracle, expectedCount: CorpusDocuments.All().Count * 2 * 4 * 3 * 2);
    }

    [CiteprocFact]
    public void RuntimeDocumentsEqualCiteproc()
    {
        var (corpus, runtime, oracle) = Batch.Value;
        Compare(runtime, corpus.Count, oracle, expectedCount: runtime.Count * 4 * 3 * 2);
    }

    private static (List<Case> Corpus, List<Case> Runtime, JsonNode Oracle) RunBatch()
    {
        var corpus = new List<Case>();
        foreach (var accessed in new CoreDay?[] { null, new CoreDay(2024, 3, 1) })
        {
            foreach (var document in CorpusDocuments.All())
            {
                var name = Path.GetFileName(document.Path) + (accessed is null ? string.Empty : " (accessed)");
                corpus.Add(new Case(name, CitationRecords.ToCslJson(document, accessed),
                    (style, form, markup) => CitationRecords.Cite(document, (CoreStyle)style, (CoreForm)form, (CoreMarkup)markup, accessed)));
            }
        }

        var runtime = new List<Case>();
        foreach (var (name, document) in RuntimeDocuments())
        {
            runtime.Add(new Case(name, document.ToCslJson(),
                (style, form, markup) => document.Cite((CitationStyle)style, (CitationForm)form, (CitationMarkup)markup)));
        }

        var items = new List<string>();
        var all = new List<Case>(corpus);
        all.AddRange(runtime);
        for (var i = 0; i < all.Count; i++)
        {
            var item = JsonNode.Parse(all[i].CslJson)!;
            item["id"] = Key(i);
            items.Add(item.ToJsonString());
        }

        return (corpus, runtime, Citeproc.Run(items));
    }

    /// <summary>Runtime documents with what titles cannot give: three and four authors, ranges across years.</summary>
    internal static IEnumerable<(string Name, ArchiveDocument Document)> RuntimeDocuments()
    {
        static DocumentDate Range(DatePoint start, DatePoint end) => new(string.Empty, start, end, true, false, false, null);

        yield return ("three authors, days across years", new ArchiveDocument(
            "r1", "Record of the talks in the winter", Range(new DatePoint(1950, 12, 5, DatePrecision.Day), new DatePoint(1951, 1, 7, DatePrecision.Day)),
            url: "https://digitalarchive.wilsoncenter.org/document/900201", archiveName: "Wilson Center Digital Archive",
            authors: new[] { "Zhou Enlai", "Kim Il Sung", "Peng Dehuai" }, archiveLocation: "AVPRF, f. 0102, op. 6, d. 21", citedLanguage: "en"));
        yield return ("four authors, months across years", new ArchiveDocument(
            "r2", "Joint report of the four delegations", Range(new DatePoint(1950, 12, 0, DatePrecision.Month), new DatePoint(1951, 1, 0, DatePrecision.Month)),
            url: "https://digitalarchive.wilsoncenter.org/document/900202", archiveName: "Wilson Center Digital Archive",
            authors: new[] { "Delegation A", "Delegation B", "Delegation C", "Delegation D" }, archiveLocation: "NARA, RG 59, Box 9"));
        yield return ("two authors, months in one year", new ArchiveDocument(
            "r3", "Exchange of letters", Range(new DatePoint(1953, 3, 0, DatePrecision.Month), new DatePoint(1953, 5, 0, DatePrecision.Month)),
            url: "https://digitalarchive.wilsoncenter.org/document/900203", archiveName: "Wilson Center Digital Archive",
            authors: new[] { "Molotov", "Zhou Enlai" }, recipients: new[] { "Kim Il Sung" }));
    }

    /// <summary>Compares <paramref name="cases"/>, whose oracle keys start at <paramref name="first"/>.</summary>
    private void Compare(List<Case> cases, int first, JsonNode oracle, int expectedCount)
    {
        var compared = 0;
        var differ = 0;
        var mismatches = new StringBuilder();
        for (var style = 0; style < StyleNames.Length; style++)
        {
            for (var i = 0; i < cases.Count; i++)
            {
                for (var form = 0; form < FormNames.Length; form++)
                {
                    for (var markup = 0; markup < MarkupNames.Length; markup++)
                    {
                        var expected = (string)oracle[StyleNames[style]]![Key(first + i)]![FormNames[form]]![MarkupNames[markup]]!;
                        var actual = cases[i].Cite(style, form, markup);
                        compared++;
                        if (!string.Equals(expected, actual, StringComparison.Ordinal))
                        {
                            differ++;
                            mismatches.Append(StyleNames[style]).Append(' ').Append(FormNames[form]).Append(' ').Append(MarkupNames[markup]).Append(' ').AppendLine(cases[i].Name)
                                .Append("  citeproc: ").AppendLine(expected)
                                .Append("  DocGen:   ").AppendLine(actual);
                        }
                    }
                }
            }
        }

        _output.WriteLine($"{cases.Count} documents x {StyleNames.Length} styles x {FormNames.Length} forms x {MarkupNames.Length} markups: {compared} compared, {compared - differ} equal, {differ} differ.");
        if (Environment.GetEnvironmentVariable("DOCGEN_CITATIONS_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, string.Join("\n", cases.ConvertAll(c => c.CslJson)) + "\n\n" + mismatches);
        }

        Assert.Equal(expectedCount, compared);
        Assert.True(differ == 0, $"{differ} of {compared} citations differ from citeproc:\n{mismatches}");
    }

    private static string Key(int index) => "d" + index.ToString(CultureInfo.InvariantCulture);
}
