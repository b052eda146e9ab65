using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Package.Tests.Infrastructure;

/// <summary>
/// The README's quick start, run line by line with bash in a temporary folder that holds a copy of this repository as
/// DocGen/, on a machine whose NuGet cache already holds a different DocGen 0.1.0 (the base version). The folder's
/// NuGet.config makes a global packages folder of its own, seeded with that package, and reads everything else
/// (Roslyn and the other build packages) from the machine's folder as a fallback, so nothing is downloaded. The
/// package the quick start packed is kept in <see cref="Feed"/>, for the tests of its content and of a consumer build.
/// </summary>
public sealed class QuickStart : IDisposable
{
    /// <summary>What the stale package makes a build print: it must never appear.</summary>
    public const string StaleMessage = "an older DocGen from the NuGet cache was used";

    private readonly TempFolder _root = new("docgen-quickstart");

    public QuickStart()
    {
        if (!Shell.Exists)
        {
            (Lines, ExitCode, Output) = (Array.Empty<string>(), -1, "bash is not installed");
            return;
        }

        CopyRepository(Path.Combine(_root.Path, "DocGen"));
        _root.Write("NuGet.config", IsolatedNuGetConfig(Cache));
        SeedStalePackage();

        Lines = ReadQuickStart(Path.Combine(_root.Path, "DocGen", "README.md"));
        (ExitCode, Output) = Shell.Run(_root.Path, string.Join("\n", Lines), NuGetEnvironment);
        if (ExitCode == 0)
        {
            Directory.CreateDirectory(Feed);
            foreach (var file in Directory.GetFiles(Path.Combine(_root.Path, "packages")))
            {
                File.Copy(file, Path.Combine(Feed, Path.GetFileName(file)));
            }
        }
    }

    public string Root => _root.Path;

    /// <summary>
    /// The isolated cache as NUGET_PACKAGES, for every command run here: that variable wins over NuGet.config's
    /// globalPackagesFolder, so a machine that sets it would otherwise get the stale seed in its own cache.
    /// </summary>
    public IReadOnlyDictionary<string, string> NuGetEnvironment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Cache };

    /// <summary>The isolated global packages folder.</summary>
    public string Cache => Path.Combine(_root.Path, "nuget-cache");

    /// <summary>The commands of the README's quick start, one a line.</summary>
    public IReadOnlyList<string> Lines { get; }

    public int ExitCode { get; }

    public string Output { get; }

    /// <summary>A copy of what the quick start packed, before any test changes anything.</summary>
    public string Feed => Path.Combine(_root.Path, "first-pack");

    /// <summary>The version the quick start packed, read from the package's file name.</summary>
    public string Version => Path.GetFileName(Directory.GetFiles(Feed, "DocGen.*.nupkg").Single())["DocGen.".Length..^".nupkg".Length];

    public void Dispose() => _root.Dispose();

    /// <summary>The ```sh block under "## Quick start".</summary>
    public static IReadOnlyList<string> ReadQuickStart(string readme)
    {
        var lines = File.ReadAllLines(readme);
        var heading = Array.IndexOf(lines, "## Quick start");
        var start = Array.FindIndex(lines, heading + 1, line => line == "```sh") + 1;
        var end = Array.FindIndex(lines, start, line => line == "```");
        if (heading < 0 || start <= 0 || end < 0)
        {
            throw new InvalidOperationException("README.md has no ```sh block under '## Quick start'");
        }

        return lines[start..end];
    }

    /// <summary>The files a clone has (no build output, no installed node packages).</summary>
    public static void CopyRepository(string target)
    {
        foreach (var folder in new[] { "src", "docs", "sample" })
        {
            CopyFolder(Repository.Path(folder), Path.Combine(target, folder));
        }

        foreach (var file in new[] { "Directory.Build.props", "global.json", "README.md" })
        {
            File.Copy(Repository.Path(file), Path.Combine(target, file));
        }
    }

    private static void CopyFolder(string source, string target)
    {
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        }

        foreach (var folder in Directory.GetDirectories(source).Where(f => Path.GetFileName(f) is not ("bin" or "obj" or "node_modules")))
        {
            CopyFolder(folder, Path.Combine(target, Path.GetFileName(folder)));
        }
    }

    /// <summary>
    /// A NuGet.config with a global packages folder of its own (<paramref name="cache"/>) that reads what it lacks from
    /// the machine's folder, so nothing is downloaded; with <paramref name="feed"/>, that folder is its only source.
    /// </summary>
    public static string IsolatedNuGetConfig(string cache, string? feed = null)
    {
        var sources = feed is null ? string.Empty : $"""
              <packageSources>
                <clear />
                <add key="docgen-under-test" value="{feed}" />
              </packageSources>

            """;
        return $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <config>
                <add key="globalPackagesFolder" value="{cache}" />
              </config>
            {sources}  <fallbackPackageFolders>
                <add key="machine" value="{MachinePackages()}" />
              </fallbackPackageFolders>
            </configuration>
            """;
    }

    private static string MachinePackages() =>
        Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");

    /// <summary>
    /// Puts a DocGen 0.1.0 that fails every build into the isolated cache the way a restore does, as an older pack
    /// from another checkout would be there.
    /// </summary>
    private void SeedStalePackage()
    {
        var feed = Path.Combine(_root.Path, "stale-feed");
        Directory.CreateDirectory(feed);
        using (var zip = ZipFile.Open(Path.Combine(feed, "DocGen.0.1.0.nupkg"), ZipArchiveMode.Create))
        {
            Add(zip, "DocGen.nuspec", """
                <?xml version="1.0" encoding="utf-8"?>
                <package xmlns="http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd">
                  <metadata>
                    <id>DocGen</id>
                    <version>0.1.0</version>
                    <authors>another checkout</authors>
                    <description>An older DocGen.</description>
                  </metadata>
                </package>
                """);
            var targets = $"""<Project><Target Name="StaleDocGen" BeforeTargets="CoreCompile"><Error Text="{StaleMessage}" /></Target></Project>""";
            Add(zip, "build/DocGen.targets", targets);
            Add(zip, "buildTransitive/DocGen.targets", targets);
        }

        _root.Write("seed/Seed.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><PackageReference Include="DocGen" Version="0.1.0" /></ItemGroup>
            </Project>
            """);
        var (restored, output) = DotNetCommand.Run(Path.Combine(_root.Path, "seed"), new[] { "restore", "--source", feed, "-p:NuGetAudit=false", "-nodeReuse:false" }, NuGetEnvironment);
        if (restored != 0 || !Directory.Exists(Path.Combine(Cache, "docgen", "0.1.0")))
        {
            throw new InvalidOperationException("seeding the cache with DocGen 0.1.0 failed:\n" + output);
        }
    }

    private static void Add(ZipArchive zip, string name, string text)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open());
        writer.Write(text);
    }
}
