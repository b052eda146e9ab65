using System;
using System.Collections.Generic;
using System.IO;

namespace DocGen.Csl.Tests.Suite;

/// <summary>
/// The committed list of fixtures the processor does not pass yet: one "name  # reason" a line (a reason may head a
/// group as a "# reason" line of its own, for the names under it). Blank lines are ignored.
/// </summary>
internal static class ExpectedFailures
{
    public static string FilePath => Path.Combine(AppContext.BaseDirectory, "expected-failures.txt");

    public static Dictionary<string, string> Load(string path)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        var groupReason = string.Empty;
        foreach (var raw in File.ReadAllLines(path))
        {
            var line = raw.Trim();
            if (line.Length == 0)
            {
                continue;
            }

            if (line.StartsWith("#", StringComparison.Ordinal))
            {
                groupReason = line.TrimStart('#').Trim();
                continue;
            }

            var hash = line.IndexOf('#');
            var name = (hash < 0 ? line : line.Substring(0, hash)).Trim();
            var reason = hash < 0 ? groupReason : line.Substring(hash + 1).Trim();
            if (reason.Length == 0)
            {
                throw new InvalidDataException($"expected-failures.txt: {name} has no reason");
            }

            if (!result.TryAdd(name, reason))
            {
                throw new InvalidDataException($"expected-failures.txt: {name} is listed twice");
            }
        }

        return result;
    }
}
