using System;
using System.Diagnostics;
using System.Globalization;
using System.Runtime;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// Linear time without wall-clock thresholds: a document and one k times larger go through the same code, and the
/// ratios of their costs are bounded. Allocated bytes are an operation count of their own (the same every run). Time
/// is the code's own time: the thread's CPU time (so other processes on a busy machine do not count), measured inside
/// a no-GC region with any collection pause taken out (a larger heap makes each collection dearer, which says nothing
/// about the algorithm; the allocation ratio covers memory), the best of three runs with small and large
/// interleaved. Its ratio is bounded well under the k² a quadratic step would give.
/// </summary>
public static class Scaling
{
    /// <summary>The default k: the larger document is this many times the smaller.</summary>
    public const int K = 16;

    /// <summary>A linear step's time may grow up to this many times k (caches, GC and large-object effects).</summary>
    public const double TimeSlack = 4;

    /// <summary>A linear step's allocations may grow up to this many times k.</summary>
    public const double AllocationSlack = 2.5;

    /// <summary>Under this, the larger run is too fast to be anything but linear, whatever the ratio.</summary>
    public static readonly TimeSpan TimeFloor = TimeSpan.FromMilliseconds(100);

    /// <summary>Under this, the larger run allocated too little to matter, whatever the ratio.</summary>
    public const long ByteFloor = 1024 * 1024;

    /// <param name="size">The larger document's size (the smaller is size / k).</param>
    /// <param name="singleThreaded">Count only this thread's allocations (the parser); else the whole process's (the generator).</param>
    public static void AssertLinear(string name, Func<int, string> make, int size, Action<string> run, ITestOutputHelper output, bool singleThreaded = true, int k = K)
    {
        var small = make(size / k);
        var large = make(size);
        run(small); // warm up: JIT, static caches
        var smallTime = TimeSpan.MaxValue;
        var largeTime = TimeSpan.MaxValue;
        long smallBytes = 0;
        long largeBytes = 0;
        // Three rounds, and more (up to ten) while a size has no usable time yet (see Measure).
        for (var round = 0; round < 3 || ((smallTime == TimeSpan.MaxValue || largeTime == TimeSpan.MaxValue) && round < 10); round++)
        {
            // The first round counts allocations; the next ones run inside a no-GC region that large.
            var (time, bytes) = Measure(small, run, singleThreaded, round == 0 ? 0 : smallBytes);
            (smallTime, smallBytes) = (Min(smallTime, time), round == 0 ? bytes : smallBytes);
            (time, bytes) = Measure(large, run, singleThreaded, round == 0 ? 0 : largeBytes);
            (largeTime, largeBytes) = (Min(largeTime, time), round == 0 ? bytes : largeBytes);
        }

        Assert.True(smallTime != TimeSpan.MaxValue && largeTime != TimeSpan.MaxValue, name + ": every run of one size had a collection pause as long as the run itself, so no time was measured");
        var timeRatio = largeTime.TotalMilliseconds / Math.Max(0.01, smallTime.TotalMilliseconds);
        var byteRatio = (double)largeBytes / Math.Max(1, smallBytes);
        var line = string.Format(
            CultureInfo.InvariantCulture,
            "{0}: {1:N0} -> {2:N0} chars (k = {3}): CPU time without GC {4:F1} -> {5:F1} ms (x{6:F1}), allocated {7:N0} -> {8:N0} bytes (x{9:F1})",
            name, small.Length, large.Length, k, smallTime.TotalMilliseconds, largeTime.TotalMilliseconds, timeRatio, smallBytes, largeBytes, byteRatio);
        output.WriteLine(line);
        Fuzzing.AppendReport("linear\t" + line);

        Assert.True(largeBytes < ByteFloor || byteRatio <= k * AllocationSlack, line + $": allocations grow faster than linear (bound x{k * AllocationSlack})");
        Assert.True(largeTime < TimeFloor || timeRatio <= k * TimeSlack, line + $": time grows faster than linear (bound x{k * TimeSlack})");
    }

    /// <summary>
    /// One run's own time and the bytes it allocated. The time is the thread's CPU time where the OS gives it (Linux),
    /// so other processes on the machine do not count; with <paramref name="budget"/> bytes the run is kept free of
    /// garbage collection, and any collection pause that still happens is taken out.
    /// </summary>
    private static (TimeSpan Time, long Bytes) Measure(string text, Action<string> run, bool singleThreaded, long budget)
    {
        // Start each run with a clean heap, so one run does not pay for the garbage of the one before.
        GC.Collect();
        GC.WaitForPendingFinalizers();
        var noGc = budget > 0 && TryStartNoGc(budget + (budget / 2) + (16 * 1024 * 1024));
        var paused = GC.GetTotalPauseDuration();
        var before = singleThreaded ? GC.GetAllocatedBytesForCurrentThread() : GC.GetTotalAllocatedBytes(precise: true);
        var start = ThreadTime.Now();
        run(text);
        var elapsed = ThreadTime.Now() - start;
        var bytes = (singleThreaded ? GC.GetAllocatedBytesForCurrentThread() : GC.GetTotalAllocatedBytes(precise: true)) - before;
        var pauses = GC.GetTotalPauseDuration() - paused;
        if (noGc && GCSettings.LatencyMode == GCLatencyMode.NoGCRegion)
        {
            GC.EndNoGCRegion();
        }

        // The pauses are the whole process's, so one caused by another test's thread is taken out too, though this
        // thread's CPU clock stood still during it. When they are as long as the run, nothing is left to measure: the
        // run counts as not measured (MaxValue loses every minimum), not as taking no time, which would pass any bound.
        return (elapsed > pauses ? elapsed - pauses : TimeSpan.MaxValue, bytes);
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
