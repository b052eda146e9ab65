using System;
using System.IO;

namespace DocGen.Csl.Tests.Suite;

/// <summary>
/// Finds <c>../shared/csl-test-suite</c> beside the repository, or below <c>DOCGEN_SHARED</c> (the convention of
/// DocGen.Core.Tests' SharedData). The fixtures are read in place and never copied into the repository.
/// </summary>
internal static class SuiteFolder
{
    public static string? Root { get; } = Find();

    public static string SkipReason =>
        "../shared/csl-test-suite is absent (set DOCGEN_SHARED to the shared folder to run the CSL test suite)";

    public static string Fixtures => Path.Combine(Root!, "processor-tests", "humans");

    public static string Locales => Path.Combine(Root!, "locales");

    private static string? Find()
    {
        var shared = Environment.GetEnvironmentVariable("DOCGEN_SHARED");
        if (string.IsNullOrEmpty(shared))
        {
            shared = RepositoryNeighbour();
        }

        if (shared is null)
        {
            return null;
        }

        var suite = Path.Combine(shared, "csl-test-suite");
        return Directory.Exists(Path.Combine(suite, "processor-tests", "humans")) ? Path.GetFullPath(suite) : null;
    }

    private static string? RepositoryNeighbour()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DocGen.sln")))
            {
                return Path.Combine(dir.FullName, "..", "shared");
            }
        }

        return null;
    }
}
