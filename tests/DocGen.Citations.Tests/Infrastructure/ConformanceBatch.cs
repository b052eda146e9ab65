using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using DocGen.Core.Citations;

namespace DocGen.Citations.Tests.Infrastructure;

using CoreDay = DocGen.Core.Formatting.CalendarDay;
using CoreForm = DocGen.Core.Formatting.CitationForm;
using CoreMarkup = DocGen.Core.Formatting.CitationMarkup;
using CoreStyle = DocGen.Core.Formatting.CitationStyle;

/// <summary>One document to compare: its CSL-JSON and how DocGen cites it (style, form, markup as the enum values 0, 1, 2...).</summary>
public sealed record ConformanceCase(string Name, string CslJson, Func<int, int, int, string> Cite);

/// <summary>
/// The documents every conformance test compares, with citeproc-js's strings for them. All go to citeproc in one
/// batch: starting node and loading citeproc and the styles costs far more than the documents, so one run serves
/// every test class. The corpus goes through the compile-time path (DocGen.Core, as the generator formats constants);
/// hand-built runtime documents go through ArchiveDocument.Cite.
/// </summary>
public static class ConformanceBatch
{
    /// <summary>The official styles' file names, in the order of the CitationStyle values.</summary>
    public static readonly string[] StyleNames = { "chicago-notes-bibliography", "chicago-author-date", "apa", "modern-language-association" };

    /// <summary>The oracle's forms, in the order of the CitationForm values.</summary>
    public static readonly string[] FormNames = { "bibliography", "citation", "subsequent" };

    /// <summary>The oracle's markups, in the order of the CitationMarkup values (Markdown has no citeproc counterpart).</summary>
    public static readonly string[] MarkupNames = { "text", "html" };

    private static readonly Lazy<(List<ConformanceCase> Corpus, List<ConformanceCase> Runtime, JsonNode Oracle)> Batch = new(Run);

    public static List<ConformanceCase> Corpus => Batch.Value.Corpus;

    public static List<ConformanceCase> Runtime => Batch.Value.Runtime;

    /// <summary>Every case: the corpus, then the runtime documents (the oracle's keys follow this order).</summary>
    public static List<ConformanceCase> All
    {
        get
        {
            var all = new List<ConformanceCase>(Corpus);
            all.AddRange(Runtime);
            return all;
        }
    }

    /// <summary>citeproc-js's string for the case at <paramref name="index"/> of <see cref="All"/>.</summary>
    public static string Expected(int style, int index, int form, int markup) =>
        (string)Batch.Value.Oracle[StyleNames[style]]![Key(index)]![FormNames[form]]![MarkupNames[markup]]!;

    /// <summary>
    /// Compares <paramref name="actual"/> with <paramref name="expected"/> for <paramref name="cases"/> in every style,
    /// form and markup; returns how many were compared and a list of those that differ.
    /// </summary>
    public static (int Compared, int Differ, string Mismatches) Compare(IReadOnlyList<ConformanceCase> cases, Func<int, int, int, int, string> expected, Func<int, int, int, int, string> actual, string expectedLabel = "citeproc", string actualLabel = "DocGen")
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
                        var wanted = expected(style, i, form, markup);
                        var got = actual(style, i, form, markup);
                        compared++;
                        if (!string.Equals(wanted, got, StringComparison.Ordinal))
                        {
                            differ++;
                            mismatches.Append(StyleNames[style]).Append(' ').Append(FormNames[form]).Append(' ').Append(MarkupNames[markup]).Append(' ').AppendLine(cases[i].Name)
                                .Append("  ").Append(expectedLabel.PadRight(9)).Append(": ").AppendLine(wanted)
                                .Append("  ").Append(actualLabel.PadRight(9)).Append(": ").AppendLine(got);
                        }
                    }
                }
            }
        }

        return (compared, differ, mismatches.ToString());
    }

    private static (List<ConformanceCase> Corpus, List<ConformanceCase> Runtime, JsonNode Oracle) Run()
    {
        var (corpus, runtime) = Cases();
        var items = new List<string>();
        var all = new List<ConformanceCase>(corpus);
        all.AddRange(runtime);
        for (var i = 0; i < all.Count; i++)
        {
            items.Add(WithKey(all[i].CslJson, i));
        }

        return (corpus, runtime, Citeproc.Run(items));
    }

    /// <summary>The cases without the oracle (for comparisons that need no citeproc).</summary>
    /// <param name="includeShared">Whether ../shared's examples and seeds take part (when present).</param>
    public static (List<ConformanceCase> Corpus, List<ConformanceCase> Runtime) Cases(bool includeShared = true)
    {
        var corpus = new List<ConformanceCase>();
        foreach (var accessed in new CoreDay?[] { null, new CoreDay(2024, 3, 1) })
        {
            foreach (var document in CorpusDocuments.All(includeShared))
            {
                var name = Path.GetFileName(document.Path) + (accessed is null ? string.Empty : " (accessed)");
                corpus.Add(new ConformanceCase(name, CitationRecords.ToCslJson(document, accessed),
                    (style, form, markup) => CitationRecords.Cite(document, (CoreStyle)style, (CoreForm)form, (CoreMarkup)markup, accessed)));
            }
        }

        var runtime = new List<ConformanceCase>();
        foreach (var (name, document) in RuntimeDocuments())
        {
            runtime.Add(new ConformanceCase(name, document.ToCslJson(),
                (style, form, markup) => document.Cite((CitationStyle)style, (CitationForm)form, (CitationMarkup)markup)));
        }

        return (corpus, runtime);
    }

    /// <summary>A case's CSL-JSON with the id the oracle files it under.</summary>
    public static string WithKey(string cslJson, int index)
    {
        var item = JsonNode.Parse(cslJson)!;
        item["id"] = Key(index);
        return item.ToJsonString();
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

    public static string Key(int index) => "d" + index.ToString(CultureInfo.InvariantCulture);
}
