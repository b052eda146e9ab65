using System;
using System.Diagnostics;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace DocGen.Benchmarks;

/// <summary>
/// `--edit-loop N K`: the one-document edit of the edit benchmark, K times in a warm process (after the cold run and
/// ten edits), and its mean. It prints "warm PID" and waits 3 s before the K edits, so that a sampling profiler can
/// attach to the edits alone (`dotnet-trace collect -p PID`).
/// </summary>
internal static class EditLoop
{
    public static void Run(int count, int edits)
    {
        var texts = Harness.Corpus(count);
        var compilation = Harness.Compilation();
        var driver = Harness.Driver(texts).RunGenerators(compilation);
        var edited = texts[EditCheck.EditedIndex(count)];
        var next = EditCheck.Edited(edited);
        for (var i = 0; i < 10; i++)
        {
            driver = driver.ReplaceAdditionalText(edited, next).RunGenerators(compilation);
            (edited, next) = (next, edited);
        }

        Console.WriteLine("warm " + Environment.ProcessId);
        Thread.Sleep(3000);
        var clock = Stopwatch.StartNew();
        for (var i = 0; i < edits; i++)
        {
            driver = driver.ReplaceAdditionalText(edited, next).RunGenerators(compilation);
            (edited, next) = (next, edited);
        }

        Console.WriteLine($"{edits} edits: {clock.Elapsed.TotalMilliseconds / edits:0.0} ms each");
    }
}
