using System;
using System.Runtime;

namespace DocGen.Benchmarks;

/// <summary>
/// What the runtime did besides running the generator's code: methods compiled by the JIT (count and IL bytes, which
/// do not depend on load, and the time spent compiling, which does), and garbage collections (count by generation,
/// time paused). A cold run's difference from another version's that is not in these is in the code that ran.
/// </summary>
internal readonly record struct RuntimeWork(long JitMethods, long JitIlBytes, TimeSpan JitTime, int Gen0, int Gen1, int Gen2, TimeSpan GcPause)
{
    public static RuntimeWork Now() => new(
        System.Runtime.JitInfo.GetCompiledMethodCount(),
        System.Runtime.JitInfo.GetCompiledILBytes(),
        System.Runtime.JitInfo.GetCompilationTime(),
        GC.CollectionCount(0),
        GC.CollectionCount(1),
        GC.CollectionCount(2),
        GC.GetTotalPauseDuration());

    public static RuntimeWork operator -(RuntimeWork a, RuntimeWork b) => new(
        a.JitMethods - b.JitMethods, a.JitIlBytes - b.JitIlBytes, a.JitTime - b.JitTime,
        a.Gen0 - b.Gen0, a.Gen1 - b.Gen1, a.Gen2 - b.Gen2, a.GcPause - b.GcPause);

    public override string ToString() =>
        $"JIT {JitMethods} methods, {JitIlBytes / 1024.0:0} KB of IL, {JitTime.TotalMilliseconds:0} ms; " +
        $"GC {Gen0}/{Gen1}/{Gen2} collections (gen 0/1/2), {GcPause.TotalMilliseconds:0} ms paused";
}
