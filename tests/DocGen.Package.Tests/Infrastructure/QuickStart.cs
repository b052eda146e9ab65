using System;
using System.Collections.Generic;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using DocGen.Cli;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Package.Tests.Infrastructure;

/// <summary>
/// The README's quick start, run line by line with bash in a temporary folder that holds a copy of this repository as
/// DocGen/, on a machine whose NuGet cache already holds a different DocGen 0.1.0 (the base version). The folder's
/// NuGet.config makes a global packages folder of its own, seeded with that package, and reads everything else
/// (Roslyn and the other build packages) from the machine's folder as a fallback, so nothing is downloaded; a CLI home
/// of its own holds the templates it installs (the machine's are untouched). Its last line serves the site: the pages
/// in <see cref="Pages"/> are read from it, then it is stopped. The packages it packed (DocGen and DocGen.Templates)
/// are kept in <see cref="Feed"/>, and <see cref="New"/> makes more apps from the installed templates: one pack and
/// one install for every test of the collection (<see cref="QuickStartCollection"/>).
/// </summary>
public sealed class QuickStart : IDisposable
{
    /// <summary>What the stale package makes a build print: it must never appear.</summary>
    public const string StaleMessage = "an older DocGen from the NuGet cache was used";

    private static readonly Regex Listening = new(@"Now listening on: (http://\S+)", RegexOptions.None, TimeSpan.FromSeconds(10));

    private static readonly Regex SiteLine = new(@"dotnet new docgen-site -o (\S+)", RegexOptions.None, TimeSpan.FromSeconds(10));

    private readonly TempFolder _root = new("docgen-quickstart");

    public QuickStart()
    {
        if (!Shell.Exists)
        {
            (Lines, ExitCode, Output, Pages) = (Array.Empty<string>(), -1, "bash is not installed", new Dictionary<string, string>());
            return;
        }

        CopyRepository(Path.Combine(_root.Path, "DocGen"));
        _root.Write("NuGet.config", IsolatedNuGetConfig(Cache));
        SeedStalePackage();

        Lines = ReadQuickStart(Path.Combine(_root.Path, "DocGen", "README.md"));
        (ExitCode, Output, Pages) = Serve(string.Join("\n", Lines));
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
    /// For every command run here: the isolated cache as NUGET_PACKAGES (that variable wins over NuGet.config's
    /// globalPackagesFolder, so a machine that sets it would otherwise get the stale seed in its own cache); a CLI home
    /// of its own, which holds the template hive `dotnet new install` writes to, with no development certificate made
    /// in it (the site is served over HTTP); and a free port for the site, whose default one another process may hold.
    /// </summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["NUGET_PACKAGES"] = Cache,
        ["DOTNET_CLI_HOME"] = Path.Combine(_root.Path, "cli-home"),
        ["DOTNET_GENERATE_ASPNET_CERTIFICATE"] = "false",
        ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
    };

    /// <summary>The isolated global packages folder.</summary>
    public string Cache => Path.Combine(_root.Path, "nuget-cache");

    /// <summary>The commands of the README's quick start, one a line.</summary>
    public IReadOnlyList<string> Lines { get; }

    /// <summary>0 when the quick start served the site (and was stopped by the fixture); otherwise why it did not.</summary>
    public int ExitCode { get; }

    public string Output { get; }

    /// <summary>What the site served, by path: the home page, the catalog and each document's page.</summary>
    public IReadOnlyDictionary<string, string> Pages { get; }

    /// <summary>The folder of the site the quick start made (its `dotnet new docgen-site -o` line).</summary>
    public string Site => Path.Combine(_root.Path, Lines.Select(line => SiteLine.Match(line)).First(match => match.Success).Groups[1].Value);

    /// <summary>A copy of what the quick start packed, before any test changes anything.</summary>
    public string Feed => Path.Combine(_root.Path, "first-pack");

    /// <summary>The version the quick start packed, read from the package's file name.</summary>
    public string Version => Path.GetFileName(Directory.GetFiles(Feed, "DocGen.0*.nupkg").Single())["DocGen.".Length..^".nupkg".Length];

    /// <summary>
    /// `dotnet new <paramref name="template"/> -o <paramref name="name"/>` from the templates the quick start
    /// installed, in a folder whose only package source is <see cref="Feed"/>; the app's folder.
    /// </summary>
    public string New(string template, string name)
    {
        Assert.True(ExitCode == 0, Output);
        var apps = Path.Combine(_root.Path, "apps");
        _root.Write(Path.Combine("apps", "NuGet.config"), IsolatedNuGetConfig(Cache, Feed));
        var (exitCode, output) = DotNetCommand.Run(apps, new[] { "new", template, "-o", name }, Environment);
        Assert.True(exitCode == 0, $"dotnet new {template} failed:\n{output}");
        return Path.Combine(apps, name);
    }

    /// <summary>The documents of an app's Archive/, read by the parser, oldest first.</summary>
    public static List<ArchiveDocument> ReadArchive(string app) =>
        Directory.GetFiles(Path.Combine(app, "Archive"), "*.md")
            .Select(path => DocumentMapper.ToArchiveDocument(DocGen.Core.Formats.Markdown.ArchiveDocumentParser.Parse(path, File.ReadAllText(path))))
            .OrderBy(document => document.Date.Edtf, StringComparer.Ordinal)
            .ToList();

    public void Dispose() => _root.Dispose();

    /// <summary>
    /// Runs the script, whose last line serves the site, until the site says where it listens; then reads its pages
    /// and stops it. A script that ends before that is a failure, with its exit code and output.
    /// </summary>
    private (int ExitCode, string Output, IReadOnlyDictionary<string, string> Pages) Serve(string script)
    {
        var output = new StringBuilder();
        var address = new TaskCompletionSource<string?>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var process = Shell.Start(_root.Path, script, Environment);
        void Read(string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }

            if (Listening.Match(line) is { Success: true } match)
            {
                address.TrySetResult(match.Groups[1].Value);
            }
        }

        process.OutputDataReceived += (_, e) => Read(e.Data);
        process.ErrorDataReceived += (_, e) => Read(e.Data);
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => address.TrySetResult(null);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            // A hang guard, not a measure: packing, installing and building take a few minutes on a loaded machine.
            if (!address.Task.Wait(TimeSpan.FromMinutes(15)) || address.Task.Result is not { } site)
            {
                process.WaitForExit(10_000);
                var exitCode = process.HasExited && process.ExitCode != 0 ? process.ExitCode : -1;
                return (exitCode, Text(output) + "\nthe quick start ended or hung before the site listened", new Dictionary<string, string>());
            }

            var pages = new Dictionary<string, string>(StringComparer.Ordinal);
            using var client = new HttpClient { BaseAddress = new Uri(site) };
            var paths = new[] { "/", "/catalog" }.Concat(ReadArchive(Site).Select(document => "/documents/" + document.Id));
            foreach (var path in paths)
            {
                using var response = client.GetAsync(path).GetAwaiter().GetResult();
                if (!response.IsSuccessStatusCode)
                {
                    return (-1, Text(output) + $"\nGET {path}: {(int)response.StatusCode}", pages);
                }

                pages[path] = response.Content.ReadAsStringAsync().GetAwaiter().GetResult();
            }

            return (0, Text(output), pages);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit();
            }
        }
    }

    private static string Text(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }

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
        System.Environment.GetEnvironmentVariable("NUGET_PACKAGES")
        ?? Path.Combine(System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile), ".nuget", "packages");

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
        var (restored, output) = DotNetCommand.Run(Path.Combine(_root.Path, "seed"), new[] { "restore", "--source", feed, "-p:NuGetAudit=false", "-nodeReuse:false" }, Environment);
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
