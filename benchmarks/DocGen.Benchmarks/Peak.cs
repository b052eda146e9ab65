using System;
using System.Globalization;
using System.IO;

namespace DocGen.Benchmarks;

internal static class Peak
{
    /// <summary>VmHWM: the process's peak resident set so far, from the kernel, in bytes.</summary>
    public static long Rss()
    {
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
            {
                var kb = line.Substring(6).Trim().Split(' ')[0];
                return long.Parse(kb, CultureInfo.InvariantCulture) * 1024;
            }
        }

        return 0;
    }
}
