using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocGen.Cli;
using DocGen.Generator.Tests.Infrastructure;
using DocGen.Package.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Package.Tests;

/// <summary>
/// The DocGen.Templates package as a user meets it: both packages packed from a copy of this repository, the template
/// package installed into a template hive of the test's own (the machine's templates are untouched), and an app made
/// with `dotnet new docgen-console` that builds without a warning and prints its archive.
/// </summary>
public sealed class TemplateTests
{
    private readonly ITestOutputHelper _log;

    public TemplateTests(ITestOutputHelper log) => _log = log;

    [BashFact]
    public void TheConsoleTemplateFromThePackedPackagesBuildsWithoutWarningsAndListsItsArchive()
    {
        using var root = new TempFolder("docgen-templates");
        var repository = Path.Combine(root.Path, "DocGen");
        QuickStart.CopyRepository(repository);
        var feed = Path.Combine(root.Path, "packages");
        var cache = Path.Combine(root.Path, "nuget-cache");
        var hive = Path.Combine(root.Path, "template-hive");
        var environment = new Dictionary<string, string> { ["NUGET_PACKAGES"] = cache };

        // The folder's NuGet.config: the packed packages as its source, a packages folder of its own.
        root.Write("NuGet.config", QuickStart.IsolatedNuGetConfig(cache, feed));
        Run(root.Path, environment, "pack", Path.Combine(repository, "src", "DocGen"), "-o", feed, "-nodeReuse:false");
        Run(root.Path, environment, "pack", Path.Combine(repository, "src", "DocGen.Templates"), "-o", feed, "-nodeReuse:false");
        var templates = Directory.GetFiles(feed, "DocGen.Templates.*.nupkg").Single();

        Run(root.Path, environment, "new", "install", templates, "--debug:custom-hive", hive);
        Run(root.Path, environment, "new", "docgen-console", "-o", "My.Letters", "--debug:custom-hive", hive);
        var app = Path.Combine(root.Path, "My.Letters");

        var built = Run(app, environment, "build", "-nodeReuse:false", "-p:UseSharedCompilation=false");
        Assert.DoesNotMatch(new Regex(@"warning [A-Z]+[0-9]+", RegexOptions.None, TimeSpan.FromSeconds(10)), built);
        Assert.Contains("0 Warning(s)", built, StringComparison.Ordinal);

        // What Program.cs prints: the count, then each document's date, title and citation, oldest first.
        var documents = Directory.GetFiles(Path.Combine(app, "Archive"), "*.md")
            .Select(path => DocumentMapper.ToArchiveDocument(DocGen.Core.Formats.Markdown.ArchiveDocumentParser.Parse(path, File.ReadAllText(path))))
            .OrderBy(document => document.Date.Edtf, StringComparer.Ordinal)
            .ToList();
        Assert.Equal(2, documents.Count);
        var expected = new[] { "The archive holds 2 documents, oldest first." }
            .Concat(documents.SelectMany(document => new[] { $"{document.Date.Edtf} {document.Title}", document.Citation! }));
        var printed = Run(app, environment, "run", "--no-build");
        Assert.Equal(expected, printed.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
    }

    private string Run(string folder, IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var (exitCode, output) = DotNetCommand.Run(folder, arguments, environment);
        _log.WriteLine($"dotnet {string.Join(" ", arguments.Take(2))}: exit {exitCode}");
        Assert.True(exitCode == 0, $"dotnet {string.Join(" ", arguments)} failed:\n{output}");
        return output;
    }
}
