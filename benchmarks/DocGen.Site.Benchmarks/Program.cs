using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using DocGen;
using DocGen.Cli;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Formats.Tei;
using DocGen.Corpus;
using DocGen.Site;
using DocGen.Site.Catalog;

// dotnet run -c Release --project benchmarks/DocGen.Site.Benchmarks -- --corpus 16000      the synthetic archive (seed 1)
// dotnet run -c Release --project benchmarks/DocGen.Site.Benchmarks -- --frus ../shared/frus  every FRUS volume there
//
// Server time is the site's own: SiteRouter.Handle, the whole of what the server does for a request but the HTTP
// stack (Kestrel only copies the string out). Each page is asked for 7 times after a warm-up; the best and the median
// are printed, since the machine may be shared. Start-up is building SiteArchive and SiteRouter from the documents.
if (args.Length != 2 || args[0] is not ("--corpus" or "--frus"))
{
    Console.Error.WriteLine("usage: DocGen.Site.Benchmarks --corpus <count> | --frus <folder>");
    return 2;
}

var clock = Stopwatch.StartNew();
var (documents, collections) = args[0] == "--corpus" ? Corpus(int.Parse(args[1], CultureInfo.InvariantCulture)) : Frus(args[1]);
Console.WriteLine($"load average {File.ReadAllText("/proc/loadavg").Trim()}; {Environment.ProcessorCount} cores");
Console.WriteLine($"{documents.Count} documents, {collections.Count} collections, built in {clock.Elapsed.TotalSeconds:0.0} s (not the site's)");

// Start-up and each first request that builds something once: wall time, and CPU time and bytes allocated, which
// the machine's load changes little.
var start = Measure.Now();
var archive = new SiteArchive(documents, collections);
var archiveDone = Measure.Now();
var router = new SiteRouter(archive);
var routerDone = Measure.Now();
Console.WriteLine($"start-up: {routerDone.Since(start)} (SiteArchive {archiveDone.Since(start)}; SiteRouter {routerDone.Since(archiveDone)})");

var middle = documents[documents.Count / 2];
var year = DayKey.Span(middle.Date) is { } span ? (span.First / 10000).ToString(CultureInfo.InvariantCulture) : "1950";
var word = middle.Title.Split(' ', StringSplitOptions.RemoveEmptyEntries).OrderByDescending(w => w.Length).First().Trim(',', '.', ':', ';');
First("first /catalog (the filters' choices)", "/catalog", null);
First("first document page (the related-documents index)", "/documents/" + middle.Id, null);
First($"first search \"{word}\" (the word index)", "/catalog", new() { ["q"] = word });
Page("home", "/", null);
Page("catalog", "/catalog", null);
Page($"catalog, collection and year {year}", "/catalog", new() { ["collection"] = collections[0].Key, ["from"] = year, ["to"] = year });
Page($"catalog, search \"{word}\"", "/catalog", new() { ["q"] = word });
Page($"catalog, search \"{word}\" page 2", "/catalog", new() { ["q"] = word, ["page"] = "2" });
Page("catalog, search with no match", "/catalog", new() { ["q"] = "zzqxj" });
Page($"document {middle.Id}", "/documents/" + middle.Id, null);
Page("404 with suggestions", "/documents/" + middle.Id + "x", null);

var folder = Path.Combine(Path.GetTempPath(), "docgen-site-bench-" + Guid.NewGuid().ToString("N"));
clock.Restart();
var export = StaticExport.Write(router, folder);
var elapsed = clock.Elapsed;
var bytes = Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
Console.WriteLine($"static export: {elapsed.TotalSeconds:0.0} s, {export.Files.Count} files, {bytes / 1048576.0:0.0} MB");
Directory.Delete(folder, recursive: true);
return 0;

void First(string name, string path, Dictionary<string, string>? query)
{
    var before = Measure.Now();
    var response = router.Handle(path, key => query is not null && query.TryGetValue(key, out var value) ? value : null);
    Console.WriteLine($"{name}: {Measure.Now().Since(before)} (status {response.Status})");
}

void Page(string name, string path, Dictionary<string, string>? query)
{
    string? Parameter(string key) => query is not null && query.TryGetValue(key, out var value) ? value : null;
    var response = router.Handle(path, Parameter);
    var times = new List<double>();
    for (var run = 0; run < 7; run++)
    {
        var watch = Stopwatch.StartNew();
        response = router.Handle(path, Parameter);
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    Console.WriteLine($"{name}: best {times[0]:0.00} ms, median {times[3]:0.00} ms (status {response.Status}, {response.Body.Length:N0} chars)");
}

// The synthetic archive, in catalog order (by date, undated last, then id); a collection a decade.
static (List<ArchiveDocument>, List<SiteCollection>) Corpus(int count)
{
    var documents = CorpusGenerator.Generate(1, count)
        .Select(file => DocumentMapper.ToArchiveDocument(ArchiveDocumentParser.Parse("/bench/Archive/" + file.FileName, file.Text)))
        .ToList();
    documents = CatalogOrder(documents);
    var collections = documents.Where(d => DayKey.Span(d.Date) is not null)
        .GroupBy(d => "Decade" + (DayKey.Span(d.Date)!.Value.First / 100000 * 10).ToString(CultureInfo.InvariantCulture))
        .OrderBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => new SiteCollection(g.Key, g.Key, g.ToList()))
        .ToList();
    return (documents, collections);
}

// Every FRUS volume of the folder, each a collection.
static (List<ArchiveDocument>, List<SiteCollection>) Frus(string folder)
{
    var collections = new List<SiteCollection>();
    foreach (var path in Directory.GetFiles(folder, "*.xml").OrderBy(p => p, StringComparer.Ordinal))
    {
        var volume = TeiDocuments.From(path, TeiVolumeReader.Read(path, File.ReadAllText(path))).Where(d => d.IsUsable).Select(DocumentMapper.ToArchiveDocument).ToList();
        var key = Path.GetFileNameWithoutExtension(path);
        collections.Add(new SiteCollection(key, key, CatalogOrder(volume)));
    }

    return (CatalogOrder(collections.SelectMany(c => c.Documents).ToList()), collections);
}

static List<ArchiveDocument> CatalogOrder(List<ArchiveDocument> documents) =>
    documents.OrderBy(d => DayKey.Span(d.Date) is null ? 1 : 0)
        .ThenBy(d => DayKey.Span(d.Date)?.First ?? 0)
        .ThenBy(d => d.Id, StringComparer.Ordinal)
        .ToList();

/// <summary>A moment of the process: the clock, the CPU time of every thread, the bytes allocated so far.</summary>
internal readonly record struct Measure(long Ticks, TimeSpan Cpu, long Allocated)
{
    public static Measure Now() =>
        new(Stopwatch.GetTimestamp(), Process.GetCurrentProcess().TotalProcessorTime, GC.GetTotalAllocatedBytes(precise: true));

    public string Since(Measure earlier) => string.Create(
        CultureInfo.InvariantCulture,
        $"{Stopwatch.GetElapsedTime(earlier.Ticks, Ticks).TotalMilliseconds:0} ms, CPU {(Cpu - earlier.Cpu).TotalMilliseconds:0} ms, {(Allocated - earlier.Allocated) / 1048576.0:0.0} MB allocated");
}
