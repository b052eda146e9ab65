using System;
using System.Collections.Concurrent;
using System.Diagnostics.Tracing;
using System.IO;
using System.Linq;

namespace DocGen.Benchmarks;

/// <summary>
/// The methods the JIT compiles while it listens, one line each (tier, type, method), from the runtime's own events:
/// `--peak N` with DOCGEN_JIT_LIST=FILE writes the cold run's list, to compare two versions' by namespace.
/// </summary>
internal sealed class JitList : EventListener
{
    private readonly ConcurrentQueue<string> _methods = new();
    private volatile bool _listening;

    public static JitList? FromEnvironment() =>
        Environment.GetEnvironmentVariable("DOCGEN_JIT_LIST") is { Length: > 0 } ? new JitList() : null;

    public void Start() => _listening = true;

    public void Stop()
    {
        // The runtime hands its events over on a thread of its own, a little late.
        System.Threading.Thread.Sleep(1000);
        _listening = false;
        Dispose();
        File.WriteAllLines(Environment.GetEnvironmentVariable("DOCGEN_JIT_LIST")!, _methods.OrderBy(m => m, StringComparer.Ordinal));
    }

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
        {
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x10);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_listening || e.EventName is null || !e.EventName.StartsWith("MethodLoadVerbose", StringComparison.Ordinal) || e.PayloadNames is null)
        {
            return;
        }

        string Field(string name) => e.PayloadNames.IndexOf(name) is var i and >= 0 ? e.Payload![i]?.ToString() ?? "" : "";
        _methods.Enqueue(((int.TryParse(Field("MethodFlags"), out var flags) ? flags : 0) >> 7 & 7).ToString(System.Globalization.CultureInfo.InvariantCulture) + "\t" + Field("MethodNamespace") + "\t" + Field("MethodName"));
    }
}
