using System;
using System.Globalization;
using System.Runtime;
using DocGen.Core.Formatting;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// Linear time without timing: a document and one k times larger go through the same code, and the ratios of their
/// work are bounded well under the k² a quadratic step gives. Work is counted, so the verdict is the same on any
/// machine under any load: the bytes allocated (a quadratic step that copies or cuts strings) and the characters the
/// inner scans visit (<see cref="ScanSteps"/> and <see cref="DocGen.Csl.CslScanSteps"/>: a quadratic scan that allocates nothing). Time is measured too, in the
/// long run only (<see cref="Fuzzing.IterationsVariable"/> set, or <see cref="TimingVariable"/>=1): the thread's CPU
/// time, inside a no-GC region with any collection pause taken out, the best of three runs. It catches what neither
/// count sees, but its verdict depends on the machine, so the default run only prints it when asked.
/// </summary>
public static class Scaling
{
    /// <summary>Set to 1 to bound CPU-time ratios as well, outside the long run.</summary>
    public const string TimingVariable = "DOCGEN_LINEAR_TIMING";

    /// <summary>The default k: the larger document is this many times the smaller.</summary>
    public const int K = 16;

    /// <summary>A linear step's time may grow up to this many times k (caches, GC and large-object effects).</summary>
    public const double TimeSlack = 4;

    /// <summary>A linear step's allocations or scanned characters may grow up to this many times k.</summary>
    public const double CountSlack = 2.5;

    /// <summary>Under this, the larger run is too fast to be anything but linear, whatever the ratio.</summary>
    public static readonly TimeSpan TimeFloor = TimeSpan.FromMilliseconds(100);

    /// <summary>Under this, the larger run allocated too little to matter, whatever the ratio.</summary>
    public const long ByteFloor = 1024 * 1024;

    /// <summary>Under this many scanned characters per input character, the larger run is linear whatever the ratio.</summary>
    public const long StepsPerCharacterFloor = 4;

    /// <summary>Whether CPU time is bounded too (the long run, or asked for).</summary>
    public static bool TimesRuns { get; } = Fuzzing.Requested is not null || Environment.GetEnvironmentVariable(TimingVariable) == "1";

    /// <param name="size">The larger document's size (the smaller is size / k).</param>
    /// <param name="singleThreaded">Count only this thread's allocations (the parser); else the whole process's (the generator).</param>
    public static void AssertLinear(string name, Func<int, string> make, int size, Action<string> run, ITestOutputHelper output, bool singleThreaded = true, int k = K)
    {
        var small = make(size / k);
        var large = make(size);
        run(small); // warm up: JIT, static caches
        var (smallBytes, smallSteps) = Count(small, run, singleThreaded);
        var (largeBytes, largeSteps) = Count(large, run, singleThreaded);
        var byteRatio = (double)largeBytes / Math.Max(1, smallBytes);
        var stepRatio = (double)largeSteps / Math.Max(1, smallSteps);
        var line = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1:N0} -> {2:N0} chars (k = {3}): allocated {4:N0} -> {5:N0} bytes (x{6:F1}), scanned {7:N0} -> {8:N0} chars (x{9:F1})",
            name, small.Length, large.Length, k, smallBytes, largeBytes, byteRatio, smallSteps, largeSteps, stepRatio);
        if (TimesRuns)
        {
            var (smallTime, largeTime) = Time(small, large, run, smallBytes, largeBytes);
            var timeRatio = largeTime.TotalMilliseconds / Math.Max(0.01, smallTime.TotalMilliseconds);
            line += string.Format(CultureInfo.InvariantCulture, ", CPU time without GC {0:F1} -> {1:F1} ms (x{2:F1})", smallTime.TotalMilliseconds, largeTime.TotalMilliseconds, timeRatio);
            Assert.True(largeTime < TimeFloor || timeRatio <= k * TimeSlack, line + $": time grows faster than linear (bound x{k * TimeSlack})");
        }

        output.WriteLine(line);
        Fuzzing.AppendReport("linear\t" + line);
        Assert.True(IsLinear(largeBytes, byteRatio, ByteFloor, k), line + $": allocations grow faster than linear (bound x{k * CountSlack})");
        Assert.True(IsLinear(largeSteps, stepRatio, StepsPerCharacterFloor * large.Length, k), line + $": scanned characters grow faster than linear (bound x{k * CountSlack})");
    }

    /// <summary>Whether a count is linear: its ratio is near k, or the larger count is too small to matter.</summary>
    public static bool IsLinear(long large, double ratio, long floor, int k = K) => large < floor || ratio <= k * CountSlack;

    /// <summary>The bytes a run allocates and the characters its inner scans visit; the same on every run.</summary>
    public static (long Bytes, long Steps) Count(string text, Action<string> run, bool singleThreaded)
    {
        var bytes = Allocated(singleThreaded);
        var steps = Steps();
        run(text);
        return (Allocated(singleThreaded) - bytes, Steps() - steps);
    }

    // The parser's scans and the CSL processor's, this thread's.
    private static long Steps() => ScanSteps.Total + DocGen.Csl.CslScanSteps.Total;

    private static long Allocated(bool singleThreaded) =>
        singleThreaded ? GC.GetAllocatedBytesForCurrentThread() : GC.GetTotalAllocatedBytes(precise: true);

    /// <summary>The best CPU time of three runs (up to ten while a size has none), small and large interleaved.</summary>
    private static (TimeSpan Small, TimeSpan Large) Time(string small, string large, Action<string> run, long smallBytes, long largeBytes)
    {
        var smallTime = TimeSpan.MaxValue;
        var largeTime = TimeSpan.MaxValue;
        for (var round = 0; round < 3 || ((smallTime == TimeSpan.MaxValue || largeTime == TimeSpan.MaxValue) && round < 10); round++)
        {
            smallTime = Min(smallTime, Measure(small, run, smallBytes));
            largeTime = Min(largeTime, Measure(large, run, largeBytes));
        }

        Assert.True(smallTime != TimeSpan.MaxValue && largeTime != TimeSpan.MaxValue, "every run of one size had a collection pause as long as the run itself, so no time was measured");
        return (smallTime, largeTime);
    }

    /// <summary>
    /// One run's own time: the thread's CPU time where the OS gives it (Linux), kept free of garbage collection with
    /// <paramref name="budget"/> bytes, and any collection pause that still happens taken out.
    /// </summary>
    private static TimeSpan Measure(string text, Action<string> run, long budget)
    {
        // Start each run with a clean heap, so one run does not pay for the garbage of the one before.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var noGc = TryStartNoGc(budget + (budget / 2) + (16 * 1024 * 1024));
        var paused = GC.GetTotalPauseDuration();
        var start = ThreadTime.Now();
        run(text);
        var elapsed = ThreadTime.Now() - start;
        var pauses = GC.GetTotalPauseDuration() - paused;
        if (noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        // The pauses are the whole process's; when they are as long as the run, the run counts as not measured
        // (MaxValue loses every minimum), not as taking no time, which would pass any bound.
        return elapsed > pauses ? elapsed - pauses : TimeSpan.MaxValue;
    }

    private static bool TryStartNoGc(long bytes)
    {
        try
        {
            return GC.TryStartNoGCRegion(bytes);
        }
        catch (ArgumentOutOfRangeException)
        {
            return false;
        }
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;
}
