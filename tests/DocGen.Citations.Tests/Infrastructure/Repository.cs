using System;
using System.IO;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>The repository root: the nearest folder above the test binaries that holds DocGen.sln.</summary>
public static class Repository
{
    public static string Root { get; } = Locate();

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DocGen.sln not found above " + AppContext.BaseDirectory);
    }
}
