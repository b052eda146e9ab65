using System;
using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Text;
using System.Threading;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// Turns a hang into a report instead of a test run that never ends. Every case runs under a watch; a case still
/// running after <c>DOCGEN_FUZZ_HANG_SECONDS</c> (default 300) has its input written to a file in the temp folder,
/// and the test host is stopped with a message naming that file (a thread cannot be aborted, so this is the only
/// way to end the run). This is a hang detector, not a speed test: the limit is far above any case's normal time.
/// A case that ends but took over <c>DOCGEN_FUZZ_SLOW_SECONDS</c> (default 30) has its input written beside it
/// (docgen-fuzz-slow-*.txt) and a line in the report, so a near-hang can be replayed.
/// </summary>
public static class Watchdog
{
    private static readonly ConcurrentDictionary<long, Entry> Running = new();
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(Read("DOCGEN_FUZZ_HANG_SECONDS", 300));
    private static readonly TimeSpan Slow = TimeSpan.FromSeconds(Read("DOCGEN_FUZZ_SLOW_SECONDS", 30));
    private static long _next;

    // Checked twice a second or so; kept alive by the static field.
    private static readonly Timer Checker = new(_ => Check(), null, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(1));

    public static IDisposable Watch(string property, Func<string> describe)
    {
        GC.KeepAlive(Checker);
        var id = Interlocked.Increment(ref _next);
        Running[id] = new Entry(property, describe, Stopwatch.StartNew());
        return new Handle(id);
    }

    private static void Check()
    {
        foreach (var pair in Running)
        {
            if (pair.Value.Clock.Elapsed > Limit)
            {
                var file = Path.Combine(Path.GetTempPath(), "docgen-fuzz-hang-" + pair.Key.ToString(CultureInfo.InvariantCulture) + ".txt");
                string input;
                try
                {
                    input = pair.Value.Describe();
                }
                catch (Exception exception)
                {
                    input = "(could not describe the input: " + exception.Message + ")";
                }

                File.WriteAllText(file, input, new UTF8Encoding(false));
                Environment.FailFast($"DocGen fuzz: a case of {pair.Value.Property} ran over {Limit.TotalSeconds:F0} s (hang); its input is in {file}");
            }
        }
    }

    private static double Read(string variable, double fallback)
    {
        var text = Environment.GetEnvironmentVariable(variable);
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds > 0 ? seconds : fallback;
    }

    private static void Finished(long id)
    {
        if (!Running.TryRemove(id, out var entry) || entry.Clock.Elapsed <= Slow)
        {
            return;
        }

        var file = Path.Combine(Path.GetTempPath(), "docgen-fuzz-slow-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture) + "-" + id.ToString(CultureInfo.InvariantCulture) + ".txt");
        File.WriteAllText(file, entry.Describe(), new UTF8Encoding(false));
        Fuzzing.AppendReport($"SLOW\t{entry.Property}\t{entry.Clock.Elapsed.TotalSeconds:F1} s\t{file}");
    }

    private sealed record Entry(string Property, Func<string> Describe, Stopwatch Clock);

    private sealed class Handle : IDisposable
    {
        private readonly long _id;

        public Handle(long id) => _id = id;

        public void Dispose() => Finished(_id);
    }
}
