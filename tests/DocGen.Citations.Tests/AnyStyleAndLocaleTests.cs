using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Core.Citations;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Csl;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests;

using CoreDay = DocGen.Core.Formatting.CalendarDay;

/// <summary>
/// DocGen.Csl beyond the built-in styles: the corpus's CSL-JSON rendered by the processor and by citeproc-js in the
/// same run, with styles that are not built in (an official one read in place, and a test style of DocGen's own) and
/// with locales other than en-US (read in place from the test suite's locales), plain text and HTML alike.
/// </summary>
public sealed class AnyStyleAndLocaleTests
{
    private static readonly string[] FormNames = { "bibliography", "citation", "subsequent" };

    private static readonly string[] MarkupNames = { "text", "html" };

    private readonly ITestOutputHelper _output;

    public AnyStyleAndLocaleTests(ITestOutputHelper output) => _output = output;

    private static string LocaleFolder => Path.Combine(SharedData.Root ?? string.Empty, "csl-test-suite", "locales");

    private static string HistoricalJournal => Path.Combine(Repository.Root, "tests", "DocGen.Citations.Tests", "Styles", "historical-journal.csl");

    private static string Official(string name) => Path.Combine(SharedData.Csl ?? string.Empty, name + ".csl");

    private static readonly OracleJob ShortenedNotes = new("chicago-shortened-notes-bibliography en-US", Official("chicago-shortened-notes-bibliography"), "en-US");

    private static readonly OracleJob[] OwnStyle = Array.ConvertAll(new[] { "en-US", "de-DE", "fr-FR", "ru-RU" }, locale => new OracleJob("historical-journal " + locale, HistoricalJournal, locale));

    private static readonly OracleJob[] BuiltInElsewhere = Array.ConvertAll(
        new[] { ("chicago-notes-bibliography", "de-DE"), ("chicago-author-date", "fr-FR"), ("apa", "ru-RU"), ("modern-language-association", "de-DE") },
        pair => new OracleJob(pair.Item1 + " " + pair.Item2, Official(pair.Item1), pair.Item2));

    /// <summary>Every job of the tests below in one oracle run: starting node and citeproc costs more than the rendering.</summary>
    private static readonly Lazy<(List<string> Names, List<string> Items, JsonNode Oracle)> Batch = new(RunBatch);

    [CiteprocFact]
    public void AnOfficialStyleBeyondTheBuiltInOnesEqualsCiteproc() => Compare(ShortenedNotes);

    [CiteprocFact]
    public void AStyleOfOurOwnEqualsCiteprocInEnglishGermanFrenchAndRussian() => Compare(OwnStyle);

    [CiteprocFact]
    public void TheBuiltInStylesEqualCiteprocInOtherLocales() => Compare(BuiltInElsewhere);

    private static (List<string> Names, List<string> Items, JsonNode Oracle) RunBatch()
    {
        var names = new List<string>();
        var items = new List<string>();
        foreach (var accessed in new CoreDay?[] { null, new CoreDay(2024, 3, 1) })
        {
            // FRUS chapters included: their en-dash subseries ("1969–1976"), the curly quotes of a volume title and
            // APA's editor label are where other locales differed (LocaleParityTests in DocGen.Csl.Tests has each case).
            foreach (var document in CorpusDocuments.All())
            {
                var item = JsonNode.Parse(CitationRecords.ToCslJson(document, accessed))!;
                item["id"] = "d" + items.Count.ToString(CultureInfo.InvariantCulture);
                items.Add(item.ToJsonString());
                names.Add(Path.GetFileName(document.Path) + (accessed is null ? string.Empty : " (accessed)"));
            }
        }

        var jobs = new List<OracleJob> { ShortenedNotes };
        jobs.AddRange(OwnStyle);
        jobs.AddRange(BuiltInElsewhere);
        return (names, items, Citeproc.Run(items, jobs, LocaleFolder));
    }

    private static readonly ConcurrentDictionary<string, LocaleData?> Locales = new(StringComparer.Ordinal);

    private static LocaleData? LoadLocale(string tag) =>
        Locales.GetOrAdd(tag, t => Path.Combine(t == "en-US" ? SharedData.Csl! : LocaleFolder, "locales-" + t + ".xml") is var path && File.Exists(path)
            ? LocaleParser.ParseFile(File.ReadAllText(path))
            : null);

    /// <summary>Every document in every form and markup, for each job; all jobs are compared before the verdict.</summary>
    private void Compare(params OracleJob[] jobs)
    {
        Assert.True(Directory.Exists(LocaleFolder), "the test suite's locales are absent: " + LocaleFolder);
        var (names, items, oracle) = Batch.Value;
        var parsed = ItemReader.ReadAll("[" + string.Join(",", items) + "]");
        Assert.Equal(items.Count, parsed.Count);
        var compared = 0;
        var differ = 0;
        var mismatches = new StringBuilder();
        foreach (var job in jobs)
        {
            var style = Csl.Style.CslStyle.Parse(File.ReadAllText(job.StylePath));
            var differBefore = differ;
            for (var i = 0; i < parsed.Count; i++)
            {
                var processor = new CslProcessor(style, new[] { parsed[i] }, LoadLocale, job.Locale);
                for (var markup = 0; markup < MarkupNames.Length; markup++)
                {
                    var format = markup == 0 ? OutputFormat.Text : OutputFormat.Html;
                    var rendered = new[] { Bibliography(processor, parsed[i].Id, format), First(processor, parsed[i].Id, format), Subsequent(processor, parsed[i].Id, format) };
                    for (var form = 0; form < FormNames.Length; form++)
                    {
                        var expected = (string)oracle[job.Name]![parsed[i].Id]![FormNames[form]]![MarkupNames[markup]]!;
                        compared++;
                        if (!string.Equals(expected, rendered[form], StringComparison.Ordinal))
                        {
                            differ++;
                            mismatches.Append(job.Name).Append(' ').Append(FormNames[form]).Append(' ').Append(MarkupNames[markup]).Append(' ').AppendLine(names[i])
                                .Append("  citeproc: ").AppendLine(expected)
                                .Append("  DocGen:   ").AppendLine(rendered[form]);
                        }
                    }
                }
            }

            _output.WriteLine($"{job.Name}: {parsed.Count} documents x {FormNames.Length} forms x {MarkupNames.Length} markups, {differ - differBefore} differ.");
        }

        Assert.Equal(jobs.Length * parsed.Count * FormNames.Length * MarkupNames.Length, compared);
        Assert.True(differ == 0, $"{differ} of {compared} citations differ from citeproc:\n{mismatches}");
    }

    private static string Bibliography(CslProcessor processor, string id, OutputFormat format) =>
        processor.RenderBibliographyEntries(new[] { id }, format) is { Count: > 0 } entries ? entries[0].Text : string.Empty;

    private static string First(CslProcessor processor, string id, OutputFormat format) =>
        processor.RenderCitations(new[] { new Citation(new[] { new CiteItem(id) }, 1) }, format, new[] { id })[0];

    /// <summary>The item's second cite, in note 20 after another item's cite in note 2: subsequent, neither ibid nor near its first
    /// (citeproc-js is told the position; the processor computes it from the notes).</summary>
    private static string Subsequent(CslProcessor processor, string id, OutputFormat format)
    {
        var citations = new[]
        {
            new Citation(new[] { new CiteItem(id) }, 1),
            new Citation(new[] { new CiteItem("another item") }, 2),
            new Citation(new[] { new CiteItem(id) }, 20),
        };
        return processor.RenderCitations(citations, format, new[] { id })[2];
    }
}
