using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Diagnostics;
using System.Linq;
using System.Text;
using System.Threading;
using DocGen.Generator.Pipeline;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Benchmarks;

/// <summary>
/// Issue 19's scale figures in process, over real TEI volumes read from disk: the generator's cold run against the floor
/// of parsing (an XmlReader pass reading every node of the same texts), peak memory, and a one-paragraph edit inside
/// one volume: its time against the cold run, and which outputs it reran, counted by tracking name.
/// </summary>
internal static class FrusScale
{
    /// <summary>Words put at the start of one paragraph of one document: the edit.</summary>
    public const string Insert = "An edited sentence, added by the benchmark. ";

    /// <summary>Writes each figure as soon as it is measured, so a run stopped early keeps what it had.</summary>
    public static void Run(string folder)
    {
        var texts = Harness.Files(folder);
        var compilation = Harness.Compilation();
        var characters = texts.Sum(t => (long)t.GetText(CancellationToken.None)!.Length);
        Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} processors");
        Console.WriteLine($"{texts.Length} files, {characters:N0} characters");

        GC.Collect();
        var setupPeak = Peak.Rss();
        var (floorCold, floorBytes) = TeiReadCheck.Measure(() => Floor(texts));
        var floorPeak = Peak.Rss();
        GeneratorDriver driver = null!;
        var (cold, coldBytes) = TeiReadCheck.Measure(() => driver = Harness.Driver(texts, archiveFolder: true).RunGenerators(compilation));
        var coldPeak = Peak.Rss();
        var result = driver.GetRunResult();
        var generated = result.Results[0].GeneratedSources.Sum(s => (long)s.SourceText.Length);
        var errors = result.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        Console.WriteLine($"generated sources {result.GeneratedTrees.Length}, {generated / 1048576.0:0.0} M chars; generator diagnostics {result.Diagnostics.Length} ({errors} errors): {Summary(result.Diagnostics)}");
        Console.WriteLine($"peak RSS after setup (texts + compilation in memory): {setupPeak / 1048576.0:0} MB");
        Console.WriteLine($"floor, XmlReader pass (first call): {floorCold.TotalMilliseconds:0} ms, allocated {floorBytes / 1048576.0:0} MB, peak RSS {floorPeak / 1048576.0:0} MB");
        Console.WriteLine($"generator cold run (first call in this process): {cold.TotalMilliseconds:0} ms ({cold.TotalMilliseconds / floorCold.TotalMilliseconds:0.0}x the floor's first call), allocated {coldBytes / 1048576.0:0} MB, peak RSS {coldPeak / 1048576.0:0} MB (+{(coldPeak - floorPeak) / 1048576.0:0} MB over the floor)");

        // Warm: the JIT done, as in the compiler server's second build. Floor and generator alternate, two rounds (a
        // round of the generator costs about what the cold run does).
        var warmFloor = new List<double>();
        var warmCold = new List<double>();
        for (var round = 0; round < 2; round++)
        {
            warmFloor.Add(TeiReadCheck.Measure(() => Floor(texts)).Time.TotalMilliseconds);
            warmCold.Add(TeiReadCheck.Measure(() => Harness.Driver(texts, archiveFolder: true).RunGenerators(compilation)).Time.TotalMilliseconds);
        }

        Console.WriteLine($"warm, alternating: floor {Join(warmFloor)} ms; generator, a new driver each time, {Join(warmCold)} ms ({warmCold.Min() / warmFloor.Min():0.0}x, best against best)");

        var (index, id, edited) = Edit(texts);
        Console.WriteLine($"edit: one paragraph of {id} in {texts[index].Path} ({Insert.Length} characters inserted)");
        var original = texts[index];
        var next = edited;
        var current = original;
        for (var i = 0; i < 2; i++)
        {
            var clock = Stopwatch.StartNew();
            driver = driver.ReplaceAdditionalText(current, next).RunGenerators(compilation);
            var ms = clock.Elapsed.TotalMilliseconds;
            Console.WriteLine($"one-paragraph edit {i + 1}: {ms:0} ms ({100 * ms / cold.TotalMilliseconds:0.00} % of the cold run, {100 * ms / warmCold.Min():0.0} % of the best warm run)");
            (current, next) = (next, current);
        }

        for (var i = 0; i < 3; i++)
        {
            var clock = Stopwatch.StartNew();
            driver = driver.RunGenerators(compilation);
            Console.WriteLine($"rerun without change {i + 1}: {clock.Elapsed.TotalMilliseconds:0} ms");
        }

        GC.KeepAlive(driver);
        Console.Write(Rerun(texts, compilation, original, edited, id));
    }

    /// <summary>
    /// The edit again, on a driver that tracks its steps (slower, so not the one timed above): per tracking name, the
    /// outputs the edit did not reuse; which generated sources changed by content; the documents of the re-emitted shards.
    /// </summary>
    private static string Rerun(ImmutableArray<AdditionalText> texts, CSharpCompilation compilation, AdditionalText original, AdditionalText edited, string id)
    {
        var driver = Harness.Driver(texts, trackSteps: true, archiveFolder: true).RunGenerators(compilation);
        var before = driver.GetRunResult().Results.Single();
        var after = driver.ReplaceAdditionalText(original, edited).RunGenerators(compilation).GetRunResult().Results.Single();
        var report = new StringBuilder("outputs of the edit's run, per tracking name (not reused / all):");
        var names = new[] { TrackingNames.Inputs, TrackingNames.Parsed, TrackingNames.Facts, TrackingNames.Keys, TrackingNames.Catalog, TrackingNames.DocumentSources, TrackingNames.DocumentDiagnostics };
        foreach (var name in names)
        {
            var outputs = after.TrackedSteps.TryGetValue(name, out var runs) ? runs.SelectMany(r => r.Outputs).ToList() : new();
            report.Append($" {name} {outputs.Count(o => !IsReused(o.Reason))}/{outputs.Count};");
        }

        report.AppendLine();
        var shards = after.TrackedSteps[TrackingNames.DocumentSources].SelectMany(r => r.Outputs)
            .Where(o => !IsReused(o.Reason)).Select(o => (ShardModel)o.Value).ToList();
        var ids = shards.SelectMany(s => s.Documents).Select(d => d.Document.Id).ToList();
        report.AppendLine($"re-emitted shards: {shards.Count} ({string.Join(", ", shards.Select(s => s.HintName))}), holding {ids.Count} documents; the edited document {(ids.Contains(id) ? "among them" : "NOT among them")}");
        var old = before.GeneratedSources.ToDictionary(s => s.HintName, StringComparer.Ordinal);
        var changed = after.GeneratedSources.Where(s => !old.TryGetValue(s.HintName, out var o) || !o.SourceText.ContentEquals(s.SourceText)).Select(s => s.HintName).ToList();
        report.AppendLine($"generated sources changed by content: {changed.Count} of {after.GeneratedSources.Length} ({string.Join(", ", changed)})");
        var documents = before.TrackedSteps[TrackingNames.Parsed].SelectMany(r => r.Outputs).Count();
        report.AppendLine($"documents (Parsed outputs of the first run): {documents}");
        return report.ToString();
    }

    private static bool IsReused(IncrementalStepRunReason reason) =>
        reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged;

    /// <summary>
    /// The largest volume's middle document, its first paragraph: <see cref="Insert"/> goes right after the paragraph's
    /// start tag. Returns the file's index, the document's id (volume id/xml:id) and the edited text.
    /// </summary>
    public static (int Index, string Id, AdditionalText Edited) Edit(ImmutableArray<AdditionalText> texts)
    {
        var index = Enumerable.Range(0, texts.Length).OrderByDescending(i => texts[i].GetText(CancellationToken.None)!.Length).ThenBy(i => i).First();
        var text = texts[index].GetText(CancellationToken.None)!.ToString();
        var starts = new List<int>();
        for (var at = text.IndexOf("type=\"document\"", StringComparison.Ordinal); at >= 0; at = text.IndexOf("type=\"document\"", at + 1, StringComparison.Ordinal))
        {
            starts.Add(at);
        }

        for (var k = starts.Count / 2; k < starts.Count - 1; k++)
        {
            var tagStart = text.LastIndexOf("<div", starts[k], StringComparison.Ordinal);
            var tagEnd = text.IndexOf('>', starts[k]);
            var tag = text.Substring(tagStart, tagEnd - tagStart);
            var idAt = tag.IndexOf("xml:id=\"", StringComparison.Ordinal);
            var paragraph = FirstParagraph(text, tagEnd, starts[k + 1]);
            if (idAt < 0 || paragraph < 0)
            {
                continue;
            }

            var xmlId = tag.Substring(idAt + 8, tag.IndexOf('"', idAt + 8) - idAt - 8);
            var volume = System.IO.Path.GetFileNameWithoutExtension(texts[index].Path);
            var edited = text.Insert(paragraph, Insert);
            return (index, volume + "/" + xmlId, new Harness.InMemoryAdditionalText(texts[index].Path, edited));
        }

        throw new InvalidOperationException("no document with an id and a paragraph in " + texts[index].Path);
    }

    /// <summary>Where a paragraph's text starts (after "&lt;p&gt;" or "&lt;p ...&gt;") between two offsets, or -1.</summary>
    private static int FirstParagraph(string text, int from, int to)
    {
        for (var at = text.IndexOf("<p", from, StringComparison.Ordinal); at >= 0 && at < to; at = text.IndexOf("<p", at + 2, StringComparison.Ordinal))
        {
            var next = text[at + 2];
            if (next is '>' or ' ')
            {
                return text.IndexOf('>', at) + 1;
            }
        }

        return -1;
    }

    private static long Floor(ImmutableArray<AdditionalText> texts)
    {
        long length = 0;
        foreach (var file in texts)
        {
            length += TeiReadCheck.Floor(file.GetText(CancellationToken.None)!.ToString());
        }

        return length;
    }

    private static string Join(IEnumerable<double> values) => string.Join(", ", values.Select(v => v.ToString("0", System.Globalization.CultureInfo.InvariantCulture)));

    private static string Summary(ImmutableArray<Diagnostic> diagnostics) =>
        diagnostics.Length == 0 ? "none" : string.Join(", ", diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key} x{g.Count()}"));
}
