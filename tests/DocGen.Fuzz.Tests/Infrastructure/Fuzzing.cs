using System;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using CsCheck;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// How many cases each property runs, and the one way every property runs them: CsCheck's <c>Sample</c>, with each
/// case timed, watched for hangs and counted, and a summary line per property (also appended to
/// <c>DOCGEN_FUZZ_REPORT</c> when that names a file).
/// </summary>
/// <remarks>
/// The fast slice uses each property's small fixed count. <c>DOCGEN_FUZZ_ITERATIONS=N</c> turns every property into
/// a long run: a property that costs one parse per case runs N cases, one that compiles a batch of documents runs
/// N divided by its cost factor (at least its fast count). CsCheck draws a fresh random seed per run; a failure
/// prints the seed of the smallest failing case, and <c>CsCheck_Seed=that</c> replays it first.
/// </remarks>
public static class Fuzzing
{
    public const string IterationsVariable = "DOCGEN_FUZZ_ITERATIONS";
    public const string ReportVariable = "DOCGEN_FUZZ_REPORT";

    /// <summary>The long run's N, or null for the fast slice.</summary>
    public static long? Requested { get; } = ReadRequested();

    /// <summary>The fast count, or N / <paramref name="costFactor"/> (never less than the fast count) in a long run.</summary>
    public static long Iterations(long fast, long costFactor = 1) =>
        Requested is { } n ? Math.Max(fast, n / Math.Max(1, costFactor)) : fast;

    /// <summary>
    /// Runs <paramref name="assert"/> on <paramref name="iterations"/> generated cases. <paramref name="size"/> is the
    /// case's size in characters, reported with the slowest case; <paramref name="print"/> shows a failing case.
    /// </summary>
    public static PropertyStats Check<T>(
        this Gen<T> gen,
        string property,
        long iterations,
        Action<T> assert,
        ITestOutputHelper? output,
        Func<T, long>? size = null,
        Func<T, string>? print = null,
        Func<T, long>? items = null,
        int threads = -1)
    {
        var stats = new PropertyStats(property);
        print ??= value => Show.Value(value);
        try
        {
            gen.Sample(
                value =>
                {
                    using var watch = Watchdog.Watch(property, () => print(value));
                    var clock = Stopwatch.StartNew();
                    assert(value);
                    stats.Record(clock.Elapsed, size?.Invoke(value) ?? 0, items?.Invoke(value) ?? 0);
                },
                writeLine: null,
                iter: iterations,
                threads: threads,
                print: print);
        }
        catch (Exception exception)
        {
            stats.Failed = true;
            AppendReport("FAILED\t" + property + "\t" + exception.Message.Split('\n')[0]);
            throw;
        }
        finally
        {
            stats.Report(output);
        }

        return stats;
    }

    private static long? ReadRequested()
    {
        var text = Environment.GetEnvironmentVariable(IterationsVariable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return long.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n > 0
            ? n
            : throw new InvalidOperationException(IterationsVariable + " must be a positive whole number, not '" + text + "'");
    }

    /// <summary>Appends a line to the long-run report file, when one is asked for.</summary>
    internal static void AppendReport(string line)
    {
        var path = Environment.GetEnvironmentVariable(ReportVariable);
        if (string.IsNullOrWhiteSpace(path))
        {
            return;
        }

        lock (typeof(Fuzzing))
        {
            File.AppendAllText(path, line + "\n", new UTF8Encoding(false));
        }
    }
}
