using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using DocGen.Core.Citations;
using DocGen.Core.Formats.Markdown;
using DocGen.Csl;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;

namespace DocGen.Benchmarks;

/// <summary>
/// DocGen.Csl against citeproc-js on the same items in the same run: every document's first citation and bibliography
/// entry in each built-in style (the official files of ../shared/csl, read in place), as a build would render the
/// constants; then single run-time <c>Cite</c> calls. citeproc-js (benchmarks/citeproc-bench.js) times its own loop, so
/// node's start-up is not counted against it. Not a test: it prints figures.
/// </summary>
public static class CslCheck
{
    private static readonly string[] Styles = { "chicago-notes-bibliography", "chicago-author-date", "apa", "modern-language-association" };

    /// <param name="every">citeproc-js renders every this many-th item (1: all); DocGen.Csl renders all of them, and the
    /// sample too, so the two sides' per-render figures are over the same items.</param>
    public static string Run(int count, string sharedCsl, string repository, int every)
    {
        var texts = Harness.Corpus(count);
        var json = new List<string>(texts.Length);
        var i = 0;
        foreach (var file in texts)
        {
            var item = JsonNode.Parse(CitationRecords.ToCslJson(ArchiveDocumentParser.Parse(file.Path, file.GetText(CancellationToken.None)!.ToString())))!;
            item["id"] = "d" + (i++).ToString(CultureInfo.InvariantCulture);
            json.Add(item.ToJsonString());
        }

        var report = new StringBuilder();
        report.AppendLine($"{count} documents, {Styles.Length} styles, a first citation and a bibliography entry each ({count * Styles.Length * 2} renders)");

        // DocGen.Csl: parse the styles and locale, read the items, render; timed like citeproc-js's loop (engine set-up included).
        var locale = LocaleParser.ParseFile(File.ReadAllText(Path.Combine(sharedCsl, "locales-en-US.xml")));
        Render("DocGen.Csl  ", json, sharedCsl, locale, report, out _);
        var sample = json.Where((_, k) => k % every == 0).ToList();
        report.AppendLine($"the same for every {every}th document ({sample.Count}), both processors:");
        Render("DocGen.Csl  ", sample, sharedCsl, locale, report, out var ours);
        Console.Write(report);
        report.Clear();

        // citeproc-js on the same items.
        var input = new JsonObject
        {
            ["citeproc"] = Path.Combine(repository, "tests", "DocGen.Citations.Tests", "oracle", "node_modules", "citeproc"),
            ["cslDirectory"] = sharedCsl,
            ["styles"] = new JsonArray(Styles.Select(s => (JsonNode?)JsonValue.Create(s)).ToArray()),
            ["items"] = new JsonArray(sample.Select(j => JsonNode.Parse(j)).ToArray()),
        };
        var oracle = Node(Path.Combine(repository, "benchmarks", "citeproc-bench.js"), input.ToJsonString());
        var theirs = 0.0;
        var equal = 0;
        foreach (var style in Styles)
        {
            var ms = (double)oracle["milliseconds"]![style]!;
            theirs += ms;
            var strings = oracle["strings"]![style]!.AsArray();
            for (var k = 0; k < strings.Count; k++)
            {
                equal += (string)strings[k]![0]! == ours[style][k].Citation ? 1 : 0;
                equal += (string)strings[k]![1]! == ours[style][k].Entry ? 1 : 0;
            }

            report.AppendLine($"  citeproc-js  {style,-28} {ms,9:0} ms  {ms * 1000 / (2 * sample.Count),7:0.0} µs a render");
        }

        report.AppendLine($"  citeproc-js  {"all",-28} {theirs,9:0} ms  {theirs * 1000 / (2 * sample.Count * Styles.Length),7:0.0} µs a render");
        report.AppendLine($"  equal strings: {equal} of {2 * sample.Count * Styles.Length}");

        // Run time: one Cite call on a document (the first pays for nothing but itself: the style is parsed before).
        var documentStyle = CslCitationStyle.Parse(File.ReadAllText(Path.Combine(sharedCsl, "chicago-notes-bibliography.csl")));
        var cslLocale = CslLocale.Parse(File.ReadAllText(Path.Combine(sharedCsl, "locales-en-US.xml")));
        var document = new ArchiveDocument("b1", "Telegram from the Ambassador to the Foreign Ministry",
            new DocumentDate(string.Empty, new DatePoint(1953, 3, 2, DatePrecision.Day), new DatePoint(1953, 3, 2, DatePrecision.Day), false, false, false, null),
            url: "https://digitalarchive.wilsoncenter.org/document/900001", archiveName: "Wilson Center Digital Archive", authors: new[] { "Ambassador Example" },
            archiveLocation: "AVPRF, f. 7, op. 2, d. 30");
        var first = Stopwatch.StartNew();
        var cited = document.Cite(documentStyle, CitationForm.Note, CitationMarkup.PlainText, cslLocale);
        first.Stop();
        const int calls = 20000;
        var warm = Stopwatch.StartNew();
        for (var c = 0; c < calls; c++)
        {
            cited = document.Cite(documentStyle, CitationForm.Note, CitationMarkup.PlainText, cslLocale);
        }

        warm.Stop();
        report.AppendLine($"  run time: one Cite call (Chicago notes, note form) {first.Elapsed.TotalMilliseconds:0.00} ms the first, {warm.Elapsed.TotalMilliseconds * 1000 / calls:0.0} µs each of {calls} more: {cited}");
        return report.ToString();
    }

    private static void Render(string side, List<string> json, string sharedCsl, LocaleData locale, StringBuilder report, out Dictionary<string, List<(string Citation, string Entry)>> strings)
    {
        var items = ItemReader.ReadAll("[" + string.Join(",", json) + "]");
        strings = new Dictionary<string, List<(string, string)>>();
        var total = TimeSpan.Zero;
        foreach (var style in Styles)
        {
            var clock = Stopwatch.StartNew();
            var processor = new CslProcessor(Csl.Style.CslStyle.Parse(File.ReadAllText(Path.Combine(sharedCsl, style + ".csl"))), items, tag => tag == "en-US" ? locale : null);
            var rendered = new List<(string, string)>(items.Count);
            foreach (var item in items)
            {
                var registered = new[] { item.Id };
                var citation = processor.RenderCitations(new[] { new Citation(new[] { new CiteItem(item.Id) }, 1) }, OutputFormat.Text, registered)[0];
                var entries = processor.RenderBibliographyEntries(registered, OutputFormat.Text);
                rendered.Add((citation, entries.Count == 0 ? string.Empty : entries[0].Text));
            }

            clock.Stop();
            total += clock.Elapsed;
            strings[style] = rendered;
            report.AppendLine($"  {side} {style,-28} {clock.Elapsed.TotalMilliseconds,9:0} ms  {clock.Elapsed.TotalMilliseconds * 1000 / (2 * items.Count),7:0.0} µs a render");
        }

        report.AppendLine($"  {side} {"all",-28} {total.TotalMilliseconds,9:0} ms  {total.TotalMilliseconds * 1000 / (2 * items.Count * Styles.Length),7:0.0} µs a render");
    }

    private static JsonNode Node(string script, string input)
    {
        var start = new ProcessStartInfo("node", "\"" + script + "\"")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(false),
        };
        using var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start");
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? JsonNode.Parse(output)! : throw new InvalidOperationException("citeproc-bench.js failed: " + stderr.Result);
    }
}
