using System;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// The calling thread's CPU time on Linux (clock_gettime with CLOCK_THREAD_CPUTIME_ID), which other processes on a
/// busy machine do not inflate; elsewhere, the wall clock.
/// </summary>
internal static class ThreadTime
{
    private const int ClockThreadCpuTime = 3;

    public static TimeSpan Now()
    {
        if (OperatingSystem.IsLinux() && clock_gettime(ClockThreadCpuTime, out var time) == 0)
        {
            return TimeSpan.FromTicks((time.Seconds * TimeSpan.TicksPerSecond) + (time.Nanoseconds / 100));
        }

        return Stopwatch.GetElapsedTime(0);
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int clock_gettime(int clock, out Timespec time);

    [StructLayout(LayoutKind.Sequential)]
    private struct Timespec
    {
        public long Seconds;
        public long Nanoseconds;
    }
}
