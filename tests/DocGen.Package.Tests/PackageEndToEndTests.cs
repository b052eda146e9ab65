using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DocGen.Generator.Tests.Infrastructure;
using DocGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Package.Tests;

/// <summary>
/// The package as a user meets it: `dotnet pack` into a temporary folder, a fresh `dotnet new console`, the package
/// added from that folder, documents in Archive/, then `dotnet build` and `dotnet run`; a broken document must fail
/// the build with its located diagnostic. One pack and a few builds: about a minute and a half.
/// </summary>
public sealed class PackageEndToEndTests
{
    private readonly ITestOutputHelper _log;

    public PackageEndToEndTests(ITestOutputHelper log) => _log = log;

    [Fact]
    public void PackedPackageTypesTheArchiveOfAFreshConsoleAppAndFailsItsBuildOnABrokenDocument()
    {
        using var temp = new TempFolder("docgen-e2e");
        // A version no earlier run used, so restore can never take a stale copy from the global packages folder.
        var version = "0.1.0-e2e." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8];
        var feed = Path.Combine(temp.Path, "feed");
        try
        {
            Pack(temp.Path, feed, version);
            CheckLayout(Path.Combine(feed, $"DocGen.{version}.nupkg"));
            Assert.True(File.Exists(Path.Combine(feed, $"DocGen.{version}.snupkg")), "no symbol package");

            var app = Path.Combine(temp.Path, "app");
            Step(temp.Path, "new", "console", "--name", "E2EApp", "--output", app, "--no-restore");
            temp.Write("app/NuGet.config", $"""
                <?xml version="1.0" encoding="utf-8"?>
                <configuration>
                  <packageSources>
                    <add key="docgen-under-test" value="{feed}" />
                  </packageSources>
                </configuration>
                """);
            Step(app, "add", "package", "DocGen", "--version", version);
            AddToProject(Path.Combine(app, "E2EApp.csproj"), """
                  <ItemGroup>
                    <!-- As docs/options.md says: a Markdown file of the folder that is not a document. -->
                    <AdditionalFiles Update="Archive/README.md" DocGenInclude="false" />
                  </ItemGroup>
                """);
            temp.Write("app/Archive/1951/telegram.md", Documents.Telegram);
            temp.Write("app/Archive/memo.md", Documents.Memo);
            temp.Write("app/Archive/README.md", Documents.Readme);
            temp.Write("app/Program.cs", """
                foreach (var document in E2EApp.Archive.All)
                {
                    System.Console.WriteLine($"{document.Id} | {document.Date.Edtf} | {document.Title} | {document.Sources[0].Repository} | {document.Body[0]}");
                }
                """);

            // The bodies come from the archive files the package's targets embed as resources (read at run time).
            // The generated code must also be clean under the trimming and AOT analyzers, warnings as errors.
            var (built, buildLog) = Build(app, "-p:EnableTrimAnalyzer=true", "-p:EnableAotAnalyzer=true", "-p:TreatWarningsAsErrors=true");
            Assert.True(built == 0, buildLog);
            var output = Bin(app);
            Assert.True(File.Exists(Path.Combine(output, "DocGen.dll")), "the runtime library must ship with the app");
            Assert.False(File.Exists(Path.Combine(output, "DocGen.Generator.dll")), "the generator must not ship with the app");
            Assert.False(File.Exists(Path.Combine(output, "DocGen.Core.dll")), "the parser must not ship with the app");

            var (ran, printed) = DotNetCommand.Run(app, new[] { "run", "--no-build" });
            Assert.True(ran == 0, printed);
            Assert.Equal(
                new[]
                {
                    "112106 | 1951-06-05 | Telegram from Filippov to Mao | APRF | The text of the telegram.",
                    "200001 | 1955-04 | Memorandum on Shipping | AVPRF | The memorandum.",
                },
                printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

            temp.Write("app/Archive/broken.md", Documents.Broken);
            var (failed, failure) = Build(app);
            Assert.NotEqual(0, failed);
            Assert.Contains("Archive/broken.md(2,3): error DG0003: The document has no bold title under its date line", failure.Replace('\\', '/'));
            Assert.DoesNotContain("README.md", failure);
        }
        finally
        {
            ForgetVersion(version);
        }
    }

    private void Pack(string temp, string feed, string version)
    {
        // Own artifacts folder: nothing is shared with the Debug builds other test projects run at the same time.
        // No vulnerability audit (a network call that has nothing to do with the package's content). A restore on
        // a loaded machine once failed without a reason ("RestoreTask returned false but did not log an error"), so
        // the pack gets a second try; the first failure is logged.
        var arguments = new[]
        {
            "pack", Repository.Path("src", "DocGen", "DocGen.csproj"), "-c", "Release", "-o", feed, "--artifacts-path", Path.Combine(temp, "artifacts"),
            "-p:Version=" + version, "-p:NuGetAudit=false", "-nodeReuse:false", "-p:UseSharedCompilation=false",
        };
        var (exitCode, output) = DotNetCommand.Run(Repository.Root, arguments);
        if (exitCode != 0)
        {
            _log.WriteLine("dotnet pack failed once, trying again:\n" + output);
            Step(Repository.Root, arguments);
        }
    }

    private static void CheckLayout(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        Assert.Equal(
            new[]
            {
                "DocGen.nuspec",
                "PACKAGE.md",
                "analyzers/dotnet/cs/DocGen.Core.dll",
                "analyzers/dotnet/cs/DocGen.Generator.dll",
                "build/DocGen.props",
                "build/DocGen.targets",
                "buildTransitive/DocGen.props",
                "buildTransitive/DocGen.targets",
                "lib/net8.0/DocGen.dll",
                "lib/net8.0/DocGen.xml",
                "lib/netstandard2.0/DocGen.dll",
                "lib/netstandard2.0/DocGen.xml",
            },
            files);

        using var stream = zip.GetEntry("DocGen.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.Null(Value("developmentDependency"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        var repository = metadata.Elements().Single(e => e.Name.LocalName == "repository");
        Assert.Equal(Generator.Diagnostics.HelpLinks.RepositoryUrl, repository.Attribute("url")?.Value);
    }

    private (int ExitCode, string Output) Build(string app, params string[] arguments)
    {
        var watch = Stopwatch.StartNew();
        var result = DotNetCommand.Build(app, arguments);
        _log.WriteLine($"dotnet build {string.Join(" ", arguments)}: exit {result.ExitCode} in {watch.Elapsed.TotalSeconds:F0} s");
        return result;
    }

    private void Step(string folder, params string[] arguments)
    {
        var watch = Stopwatch.StartNew();
        var (exitCode, output) = DotNetCommand.Run(folder, arguments);
        _log.WriteLine($"dotnet {arguments[0]}: exit {exitCode} in {watch.Elapsed.TotalSeconds:F0} s");
        Assert.True(exitCode == 0, $"dotnet {string.Join(" ", arguments)} failed:\n{output}");
    }

    private static void AddToProject(string project, string itemGroup)
    {
        var text = File.ReadAllText(project);
        var end = text.LastIndexOf("</Project>", StringComparison.Ordinal);
        File.WriteAllText(project, text[..end] + itemGroup + "\n" + text[end..]);
    }

    private static string Bin(string app) =>
        Directory.GetDirectories(Path.Combine(app, "bin", "Debug")).Single();

    /// <summary>Removes this run's version from the global packages folder, which would otherwise keep every run's copy.</summary>
    private static void ForgetVersion(string version)
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var folder = Path.Combine(packages, "docgen", version);
        try
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
        catch (IOException)
        {
            // Only disk space is at stake.
        }
    }
}
