using System;
using System.IO;

namespace DocGen.Core.Tests.Infrastructure;

/// <summary>
/// Locates <c>../shared</c> beside the repository (or <c>DOCGEN_SHARED</c>). Tests read it in place; it is never
/// copied into the repository, and tests that need it skip with a reason when it is absent.
/// </summary>
public static class SharedData
{
    public static string? Root { get; } = Locate();

    public static string? Examples => Subfolder("examples");

    public static string? Seeds => Subfolder("seeds");

    public static string? Csl => Subfolder("csl");

    public static string? Frus => Subfolder("frus");

    /// <summary>Why a test that needs <paramref name="folder"/> is skipped, or null when the folder is there.</summary>
    public static string? SkipReason(string folder)
    {
        var present = folder switch
        {
            "examples" => Examples,
            "seeds" => Seeds,
            "csl" => Csl,
            "frus" => Frus,
            _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "unknown shared folder"),
        };

        return present is null ? $"../shared/{folder} is absent (set DOCGEN_SHARED to its location to run this test)" : null;
    }

    public static string Path(string? folder, string file) =>
        System.IO.Path.Combine(folder ?? throw new InvalidOperationException("shared data is absent"), file);

    private static string? Subfolder(string name)
    {
        if (Root is null)
        {
            return null;
        }

        var path = System.IO.Path.Combine(Root, name);
        return Directory.Exists(path) ? path : null;
    }

    private static string? Locate()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DOCGEN_SHARED");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Directory.Exists(fromEnvironment) ? fromEnvironment : null;
        }

        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "DocGen.sln")))
            {
                var shared = System.IO.Path.Combine(dir.FullName, "..", "shared");
                return Directory.Exists(shared) ? System.IO.Path.GetFullPath(shared) : null;
            }
        }

        return null;
    }
}
