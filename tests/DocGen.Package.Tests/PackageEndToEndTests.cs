using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using DocGen.Cli;
using DocGen.Generator.Tests.Infrastructure;
using DocGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Package.Tests;

/// <summary>
/// The package as a user meets it: the README's quick start (QuickStart, run once for the collection), its package's
/// content, a repack after a change, and a fresh console app that adds the package from a folder, builds with the
/// trimming and AOT analyzers and fails its build on a broken document. One pack, one repack and a few builds.
/// </summary>
[Collection(QuickStartCollection.Name)]
public sealed class PackageEndToEndTests
{
    private readonly QuickStart _quickStart;
    private readonly ITestOutputHelper _log;

    public PackageEndToEndTests(QuickStart quickStart, ITestOutputHelper log)
    {
        _quickStart = quickStart;
        _log = log;
    }

    [BashFact]
    public void TheReadmeQuickStartServesTheSiteOnAMachineWhoseCacheHoldsAnOlderDocGen()
    {
        Assert.True(_quickStart.ExitCode == 0, _quickStart.Output);
        Assert.DoesNotContain(QuickStart.StaleMessage, _quickStart.Output, StringComparison.Ordinal);
        Assert.Matches(@"^0\.1\.0-dev\.c[0-9a-f]{12}$", _quickStart.Version);

        // The two documents the template puts in the site's Archive/, on the home page's count, in the catalog and
        // each on its page: each title up to its first character the pages escape ('"' in one of them).
        var documents = QuickStart.ReadArchive(_quickStart.Site);
        Assert.Equal(2, documents.Count);
        Assert.Contains("<p>2 documents in all.", _quickStart.Pages["/"], StringComparison.Ordinal);
        foreach (var document in documents)
        {
            var title = document.Title.Split('"', '&', '<', '>')[0];
            Assert.Contains(title, _quickStart.Pages["/catalog"], StringComparison.Ordinal);
            Assert.Contains("<h1>" + title, _quickStart.Pages["/documents/" + document.Id], StringComparison.Ordinal);
        }
    }

    [BashFact]
    public void AfterAChangeToDocGenTheQuickStartsPackAndAddLinesServeTheChange()
    {
        Assert.True(_quickStart.ExitCode == 0, _quickStart.Output);
        File.WriteAllText(Path.Combine(_quickStart.Root, "DocGen", "src", "DocGen", "QuickStartProbe.cs"), """
            namespace DocGen;

            /// <summary>A change made after the first pack.</summary>
            public static class QuickStartProbe
            {
                /// <summary>What the app prints when the new package reached it.</summary>
                public const string Value = "the repacked DocGen";
            }
            """);

        // The README: after a change to DocGen, run its first line again, then `dotnet add package` in the site.
        var (exitCode, output) = Shell.Run(_quickStart.Root, string.Join("\n", new[]
        {
            _quickStart.Lines[0],
            "cd " + _quickStart.Site,
            "dotnet add package DocGen --prerelease --source ../packages",
            "echo 'System.Console.WriteLine(DocGen.QuickStartProbe.Value);' > Program.cs",
            "dotnet run",
        }), _quickStart.Environment);

        Assert.True(exitCode == 0, output);
        Assert.Equal("the repacked DocGen", output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)[^1]);
        var repacked = Directory.GetFiles(Path.Combine(_quickStart.Root, "packages"), "DocGen.0*.nupkg").Single();
        Assert.NotEqual($"DocGen.{_quickStart.Version}.nupkg", Path.GetFileName(repacked));
    }

    [BashFact]
    public void ThePackageHoldsItsLayoutIconPagesAndSymbols()
    {
        Assert.True(_quickStart.ExitCode == 0, _quickStart.Output);
        CheckLayout(Path.Combine(_quickStart.Feed, $"DocGen.{_quickStart.Version}.nupkg"));
        CheckSymbols(Path.Combine(_quickStart.Feed, $"DocGen.{_quickStart.Version}.snupkg"));
    }

    [BashFact]
    public void PackedPackageTypesTheArchiveOfAFreshConsoleAppAndFailsItsBuildOnABrokenDocument()
    {
        Assert.True(_quickStart.ExitCode == 0, _quickStart.Output);
        var version = _quickStart.Version;
        var app = Path.Combine(_quickStart.Root, "e2e-app");
        Step(_quickStart.Root, "new", "console", "--name", "E2EApp", "--output", app, "--no-restore");
        WriteFeedConfig(app);
        Step(app, "add", "package", "DocGen", "--version", version);
        AddToProject(Path.Combine(app, "E2EApp.csproj"), """
              <ItemGroup>
                <!-- As docs/options.md says: a Markdown file of the folder that is not a document. -->
                <AdditionalFiles Update="Archive/README.md" DocGenInclude="false" />
              </ItemGroup>
            """);
        Write(app, "Archive/1951/telegram.md", Documents.Telegram);
        Write(app, "Archive/memo.md", Documents.Memo);
        Write(app, "Archive/README.md", Documents.Readme);
        Write(app, "Program.cs", """
            foreach (var document in E2EApp.Archive.All)
            {
                System.Console.WriteLine($"{document.Id} | {document.Date.Edtf} | {document.Title} | {document.Sources[0].Repository} | {document.Body[0]}");
            }

            // Cite renders with the CSL processor and DocGen's own styles, which must ship in lib/ with the runtime.
            System.Console.WriteLine(System.Linq.Enumerable.First(E2EApp.Archive.All).Cite(DocGen.CitationStyle.Apa, DocGen.CitationForm.Note));
            """);

        // The bodies come from the archive files the package's targets embed as resources (read at run time).
        // The generated code must also be clean under the trimming and AOT analyzers, warnings as errors.
        var (built, buildLog) = Build(app, "-p:EnableTrimAnalyzer=true", "-p:EnableAotAnalyzer=true", "-p:TreatWarningsAsErrors=true");
        Assert.True(built == 0, buildLog);
        var output = Bin(app);
        Assert.True(File.Exists(Path.Combine(output, "DocGen.dll")), "the runtime library must ship with the app");
        Assert.False(File.Exists(Path.Combine(output, "DocGen.Generator.dll")), "the generator must not ship with the app");
        Assert.False(File.Exists(Path.Combine(output, "DocGen.Core.dll")), "the parser must not ship with the app");
        Assert.True(File.Exists(Path.Combine(output, "DocGen.Csl.dll")), "the CSL processor, which Cite renders with, must ship with the app");

        var (ran, printed) = DotNetCommand.Run(app, new[] { "run", "--no-build" });
        Assert.True(ran == 0, printed);
        Assert.Equal(
            new[]
            {
                "112106 | 1951-06-05 | Telegram from Filippov to Mao | APRF | The text of the telegram.",
                "200001 | 1955-04 | Memorandum on Shipping | AVPRF | The memorandum.",
                "(Filippov, 1951)",
            },
            printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));

        Write(app, "Archive/broken.md", Documents.Broken);
        var (failed, failure) = Build(app);
        Assert.NotEqual(0, failed);
        Assert.Contains("Archive/broken.md(2,3): error DG0003: The document has no bold title under its date line", failure.Replace('\\', '/'));
        Assert.DoesNotContain("README.md", failure);
    }

    [BashFact]
    public void AnEmptyArchiveIsReportedWhereDocGenIsReferencedNotDownstreamOfIt()
    {
        Assert.True(_quickStart.ExitCode == 0, _quickStart.Output);
        var folder = Path.Combine(_quickStart.Root, "downstream");
        WriteFeedConfig(folder);
        var library = Path.Combine(folder, "Letters");
        Write(library, "Letters.csproj", $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework><Nullable>enable</Nullable></PropertyGroup>
              <ItemGroup><PackageReference Include="DocGen" Version="{_quickStart.Version}" /></ItemGroup>
            </Project>
            """);
        Write(library, "Archive/telegram.md", Documents.Telegram);

        // A test project of the library: DocGen's targets reach it through the reference, its archive is empty by design.
        var tests = Path.Combine(folder, "Letters.Tests");
        Write(tests, "Letters.Tests.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><OutputType>Exe</OutputType><TargetFramework>net10.0</TargetFramework><TreatWarningsAsErrors>true</TreatWarningsAsErrors></PropertyGroup>
              <ItemGroup><ProjectReference Include="../Letters/Letters.csproj" /></ItemGroup>
            </Project>
            """);
        Write(tests, "Program.cs", "System.Console.WriteLine(Letters.Archive.Count);");
        var (built, log) = Build(tests);
        Assert.True(built == 0, log);
        Assert.DoesNotContain("DG0037", log, StringComparison.Ordinal);

        // The library itself, with its documents moved to the wrong folder, is told.
        Directory.Move(Path.Combine(library, "Archive"), Path.Combine(library, "archive"));
        var (emptied, warned) = Build(library);
        Assert.True(emptied == 0, warned);
        Assert.Contains("warning DG0037: The archive is empty", warned, StringComparison.Ordinal);
        Assert.Contains("the folder 'archive' differs only in letter case", warned, StringComparison.Ordinal);
    }

    private static void CheckLayout(string nupkg)
    {
        using var zip = ZipFile.OpenRead(nupkg);
        var files = zip.Entries.Select(e => e.FullName)
            .Where(name => !name.StartsWith("_rels/", StringComparison.Ordinal) && !name.StartsWith("package/", StringComparison.Ordinal) && name != "[Content_Types].xml")
            .OrderBy(name => name, StringComparer.Ordinal)
            .ToArray();
        var pages = Directory.GetFiles(Repository.Path("docs", "diagnostics"), "DG*.md").Select(page => "docs/diagnostics/" + Path.GetFileName(page));
        Assert.Equal(
            new[]
            {
                "DocGen.nuspec",
                "PACKAGE.md",
                "analyzers/dotnet/cs/DocGen.Core.dll",
                "analyzers/dotnet/cs/DocGen.Csl.dll",
                "analyzers/dotnet/cs/DocGen.Generator.dll",
                "build/DocGen.props",
                "build/DocGen.targets",
                "buildTransitive/DocGen.props",
                "buildTransitive/DocGen.targets",
                "icon.png",
                "lib/net8.0/DocGen.Csl.dll",
                "lib/net8.0/DocGen.dll",
                "lib/net8.0/DocGen.xml",
                "lib/netstandard2.0/DocGen.Csl.dll",
                "lib/netstandard2.0/DocGen.dll",
                "lib/netstandard2.0/DocGen.xml",
                "tasks/netstandard2.0/DocGen.Build.dll",
            }.Concat(pages).OrderBy(name => name, StringComparer.Ordinal),
            files);

        // Every help link of a package packed without DocGenRepositoryUrl names one of these pages.
        Assert.All(Generator.Diagnostics.DiagnosticDescriptors.Every, d => Assert.Contains(d.HelpLinkUri, files));

        // A 128x128 PNG: the signature, then the IHDR chunk's width and height (big-endian).
        var icon = Read(zip, "icon.png");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, icon[..8]);
        Assert.Equal((128, 128), (System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(16)), System.Buffers.Binary.BinaryPrimitives.ReadInt32BigEndian(icon.AsSpan(20))));

        // The analyzers and the build task ship outside lib/, which the symbols package does not cover: their PDBs are embedded.
        foreach (var analyzer in new[] { "analyzers/dotnet/cs/DocGen.Core.dll", "analyzers/dotnet/cs/DocGen.Csl.dll", "analyzers/dotnet/cs/DocGen.Generator.dll", "tasks/netstandard2.0/DocGen.Build.dll" })
        {
            using var pe = new System.Reflection.PortableExecutable.PEReader(new MemoryStream(Read(zip, analyzer)));
            Assert.Contains(pe.ReadDebugDirectory(), entry => entry.Type == System.Reflection.PortableExecutable.DebugDirectoryEntryType.EmbeddedPortablePdb);
        }

        using var stream = zip.GetEntry("DocGen.nuspec")!.Open();
        var nuspec = XDocument.Load(stream);
        var metadata = nuspec.Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        string? Value(string name) => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value;
        Assert.Equal("MIT", Value("license"));
        Assert.Equal("PACKAGE.md", Value("readme"));
        Assert.Equal("icon.png", Value("icon"));
        Assert.Null(Value("developmentDependency"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");

        // Packed without DocGenRepositoryUrl: no repository or project URL, not even the clone's own remote.
        Assert.Null(Value("projectUrl"));
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "repository" && e.Attribute("url") is not null);
    }

    /// <summary>The symbols package holds the runtime library's portable PDBs, one per target framework.</summary>
    private static void CheckSymbols(string snupkg)
    {
        using var zip = ZipFile.OpenRead(snupkg);
        Assert.Equal(
            new[] { "lib/net8.0/DocGen.pdb", "lib/netstandard2.0/DocGen.pdb" },
            zip.Entries.Select(e => e.FullName).Where(name => name.EndsWith(".pdb", StringComparison.Ordinal)).OrderBy(name => name, StringComparer.Ordinal));
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var entry = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        entry.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A NuGet.config in <paramref name="folder"/> whose source is the feed the quick start packed into.</summary>
    private void WriteFeedConfig(string folder) => Write(folder, "NuGet.config", $"""
        <?xml version="1.0" encoding="utf-8"?>
        <configuration>
          <packageSources>
            <add key="docgen-under-test" value="{_quickStart.Feed}" />
          </packageSources>
        </configuration>
        """);

    private static void Write(string folder, string relativePath, string text)
    {
        var path = Path.Combine(folder, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
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
}
