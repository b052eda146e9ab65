using System;
using System.Runtime.CompilerServices;
using System.Threading;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// The harness waits on Roslyn's asynchronous analyzer driver synchronously (GeneratorHarness.Analyze), from
/// CsCheck's worker threads, while xunit runs test classes side by side. With the thread pool at its default minimum
/// (one thread a core) such waits can starve it, and a case then stalls for tens of seconds waiting for a thread,
/// not for DocGen. A higher minimum keeps case times about the code under test.
/// </summary>
internal static class ThreadPoolSetup
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 32), Math.Max(io, 32));
    }
}
