using System;
using System.IO;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>The repository's root folder (the one holding DocGen.sln), for tests that read or build repository files.</summary>
public static class Repository
{
    public static string Root { get; } = Find();

    public static string Path(params string[] parts) => System.IO.Path.Combine(Root, System.IO.Path.Combine(parts));

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DocGen.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("DocGen.sln not found above " + AppContext.BaseDirectory);
    }
}
