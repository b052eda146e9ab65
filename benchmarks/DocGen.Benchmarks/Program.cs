using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using BenchmarkDotNet.Running;
using DocGen.Benchmarks;
using Microsoft.CodeAnalysis;

// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --filter '*'      the BenchmarkDotNet suite
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --peak 16000      one cold run: time, allocations, peak RSS
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --validate 16000  the one-document edit check alone
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --edit-loop 16000 100  the one-document edit 100 times, warm: its mean
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --parse 16000    the parser alone, 3 passes (for a profiler)
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --dump 16000 DIR  write the generated sources to DIR
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --title quotes 320000  one document with a long title
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --tei ../shared/frus  the TEI reader against a bare XmlReader pass
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --frus ../shared/frus  every volume through the generator: cold run, floor, peak, one-paragraph edit
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --indexes ../shared/frus  every volume with and without the indexes (DocGenIndexes), alternating
// dotnet run -c Release --project benchmarks/DocGen.Benchmarks -- --csl 16000 ../shared/csl 16  DocGen.Csl on all, both on every 16th
if (args.Length == 3 && args[0] == "--title")
{
    Console.WriteLine(TitleCheck.Run(args[1], int.Parse(args[2], CultureInfo.InvariantCulture)));
    return 0;
}

if (args.Length == 4 && args[0] == "--csl")
{
    var repository = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "..", ".."));
    Console.Write(CslCheck.Run(int.Parse(args[1], CultureInfo.InvariantCulture), Path.GetFullPath(args[2]), repository, int.Parse(args[3], CultureInfo.InvariantCulture)));
    return 0;
}

if (args.Length == 2 && args[0] == "--tei")
{
    Console.WriteLine(TeiReadCheck.Run(args[1]));
    return 0;
}

if (args.Length == 2 && args[0] == "--indexes")
{
    IndexScale.Run(args[1]);
    return 0;
}

if (args.Length == 2 && args[0] == "--frus")
{
    FrusScale.Run(args[1]);
    return 0;
}

if (args.Length == 2 && args[0] == "--parse")
{
    var texts = Harness.Corpus(int.Parse(args[1], CultureInfo.InvariantCulture));
    for (var pass = 0; pass < 3; pass++)
    {
        var clock = Stopwatch.StartNew();
        var paragraphs = Harness.ParseAll(texts);
        Console.WriteLine($"parse pass {pass + 1}: {clock.Elapsed.TotalMilliseconds:0} ms ({paragraphs} paragraphs)");
    }

    return 0;
}

if (args.Length == 3 && args[0] == "--dump")
{
    var texts = Harness.Corpus(int.Parse(args[1], CultureInfo.InvariantCulture));
    var result = Harness.Driver(texts).RunGenerators(Harness.Compilation()).GetRunResult();
    Directory.CreateDirectory(args[2]);
    foreach (var source in result.Results[0].GeneratedSources)
    {
        File.WriteAllText(Path.Combine(args[2], source.HintName), source.SourceText.ToString());
    }

    return 0;
}

if (args.Length == 3 && args[0] == "--edit-loop")
{
    EditLoop.Run(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[2], CultureInfo.InvariantCulture));
    return 0;
}

if (args.Length == 2 && args[0] is "--peak" or "--validate")
{
    var count = int.Parse(args[1], CultureInfo.InvariantCulture);
    var texts = Harness.Corpus(count);
    var compilation = Harness.Compilation();
    if (args[0] == "--validate")
    {
        Console.WriteLine(EditCheck.Validate(texts, compilation));
        return 0;
    }

    GC.Collect();
    var setupPeak = Peak.Rss();
    var clock = Stopwatch.StartNew();
    var allocated = GC.GetTotalAllocatedBytes(precise: true);
    var lines = Harness.ReadAndSplit(texts);
    var floorTime = clock.Elapsed;
    var floorAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    var floorPeak = Peak.Rss();
    clock.Restart();
    allocated = GC.GetTotalAllocatedBytes(precise: true);
    using var jitList = JitList.FromEnvironment();
    jitList?.Start();
    var runtimeBefore = RuntimeWork.Now();
    var driver = Harness.Driver(texts).RunGenerators(compilation);
    var coldTime = clock.Elapsed;
    var coldAllocated = GC.GetTotalAllocatedBytes(precise: true) - allocated;
    var coldRuntime = RuntimeWork.Now() - runtimeBefore;
    jitList?.Stop();
    var coldPeak = Peak.Rss();

    // After the cold run, so that the cold run is the first to parse (as in a build) and this one runs warm.
    clock.Restart();
    var parsedCount = Harness.ParseAll(texts);
    var parseTime = clock.Elapsed;
    var result = driver.GetRunResult();
    long generatedChars = 0;
    foreach (var source in result.Results[0].GeneratedSources)
    {
        generatedChars += source.SourceText.Length;
    }

    GC.KeepAlive(lines);
    // csc runs with server GC (its runtimeconfig.json); DOTNET_gcServer=1 runs this the same way.
    Console.WriteLine($"GC: {(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")}, {Environment.ProcessorCount} processors");
    Console.WriteLine($"documents {count}; generated sources {result.GeneratedTrees.Length}, {generatedChars / 1048576.0:0.0} M chars; generator diagnostics {result.Diagnostics.Length}");
    Console.WriteLine($"peak RSS after setup (corpus + compilation in memory): {setupPeak / 1048576.0:0} MB");
    Console.WriteLine($"floor (read + split, first call): {floorTime.TotalMilliseconds:0} ms, allocated {floorAllocated / 1048576.0:0} MB, peak RSS {floorPeak / 1048576.0:0} MB");
    Console.WriteLine($"parser alone over the same texts, after the cold run (warm): {parseTime.TotalMilliseconds:0} ms ({parsedCount} paragraphs)");
    Console.WriteLine($"generator cold run (first call in this process): {coldTime.TotalMilliseconds:0} ms, allocated {coldAllocated / 1048576.0:0} MB, peak RSS {coldPeak / 1048576.0:0} MB (+{(coldPeak - floorPeak) / 1048576.0:0} MB over the floor)");
    Console.WriteLine($"in the cold run: {coldRuntime}");
    var edited = texts[EditCheck.EditedIndex(count)];
    var next = EditCheck.Edited(edited);
    for (var i = 0; i < 3; i++)
    {
        clock.Restart();
        driver = driver.ReplaceAdditionalText(edited, next).RunGenerators(compilation);
        Console.WriteLine($"one-document edit {i + 1}: {clock.Elapsed.TotalMilliseconds:0} ms");
        (edited, next) = (next, edited);
    }

    for (var i = 0; i < 3; i++)
    {
        clock.Restart();
        driver = driver.RunGenerators(compilation);
        Console.WriteLine($"rerun without change {i + 1}: {clock.Elapsed.TotalMilliseconds:0} ms");
    }

    GC.KeepAlive(driver);
    return 0;
}

BenchmarkSwitcher.FromAssembly(typeof(ColdRun).Assembly).Run(args);
return 0;
