using System;
using System.Collections.Generic;
using System.IO;

namespace DocGen.Build;

/// <summary>
/// A file's path relative to the project's folder, with '/' between segments, as <c>[MSBuild]::MakeRelative</c> gives
/// it for the paths an archive holds: what DocGen.targets hashes into the file's resource name, so the name does not
/// depend on where the project lies. A path outside the folder climbs out with "..".
/// </summary>
internal static class RelativePath
{
    public static string Of(string folder, string path)
    {
        var from = Segments(Path.GetFullPath(folder));
        var to = Segments(Path.GetFullPath(path));
        var comparison = Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        var common = 0;
        while (common < from.Count && common < to.Count - 1 && string.Equals(from[common], to[common], comparison))
        {
            common++;
        }

        var parts = new List<string>();
        for (var i = common; i < from.Count; i++)
        {
            parts.Add("..");
        }

        for (var i = common; i < to.Count; i++)
        {
            parts.Add(to[i]);
        }

        return string.Join("/", parts);
    }

    private static List<string> Segments(string fullPath)
    {
        var segments = new List<string>();
        foreach (var segment in fullPath.Split('/', '\\'))
        {
            if (segment.Length > 0)
            {
                segments.Add(segment);
            }
        }

        return segments;
    }
}
