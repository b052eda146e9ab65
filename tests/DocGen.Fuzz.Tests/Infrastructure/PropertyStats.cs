using System;
using System.Diagnostics;
using System.Globalization;
using System.Threading;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>What one property run did: cases, time, the slowest case; printed and optionally appended to the report.</summary>
public sealed class PropertyStats
{
    private readonly object _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private long _cases;
    private long _items;

    public PropertyStats(string property) => Property = property;

    public string Property { get; }

    public long Cases => Interlocked.Read(ref _cases);

    /// <summary>Documents (files) checked, for properties whose cases are batches.</summary>
    public long Items => Interlocked.Read(ref _items);

    public TimeSpan Slowest { get; private set; }

    public long SlowestSize { get; private set; }

    public bool Failed { get; set; }

    public void Record(TimeSpan elapsed, long size, long items)
    {
        Interlocked.Increment(ref _cases);
        Interlocked.Add(ref _items, items);
        if (elapsed <= Slowest)
        {
            return;
        }

        lock (_gate)
        {
            if (elapsed > Slowest)
            {
                Slowest = elapsed;
                SlowestSize = size;
            }
        }
    }

    public string Summary() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}\t{1} cases{2}\t{3:F1} s\tslowest case {4:F1} ms ({5:N0} chars)\t{6}",
        Property, Cases, Items > 0 ? " (" + Items.ToString(CultureInfo.InvariantCulture) + " files)" : string.Empty, _clock.Elapsed.TotalSeconds,
        Slowest.TotalMilliseconds, SlowestSize, Failed ? "FAILED" : "passed");

    public void Report(ITestOutputHelper? output)
    {
        var line = Summary();
        output?.WriteLine(line);
        Fuzzing.AppendReport(line);
    }
}
