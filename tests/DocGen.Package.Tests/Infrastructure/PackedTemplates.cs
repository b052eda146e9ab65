using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Package.Tests.Infrastructure;

/// <summary>
/// The DocGen and DocGen.Templates packages packed from a copy of this repository into a folder of packages, and the
/// template package installed into a template hive of the test's own (the machine's templates are untouched), once for
/// a test class. The folder's NuGet.config makes the packages folder its only source, with a global packages folder of
/// its own. <see cref="New"/> makes an app from a template there.
/// </summary>
public sealed class PackedTemplates : IDisposable
{
    private readonly TempFolder _root = new("docgen-templates");

    public PackedTemplates()
    {
        if (!Shell.Exists)
        {
            Failure = "bash is not installed";
            return;
        }

        var repository = Path.Combine(_root.Path, "DocGen");
        QuickStart.CopyRepository(repository);
        var feed = Path.Combine(_root.Path, "packages");
        _root.Write("NuGet.config", QuickStart.IsolatedNuGetConfig(Cache, feed));
        Failure = Run(_root.Path, "pack", Path.Combine(repository, "src", "DocGen"), "-o", feed, "-nodeReuse:false")
            ?? Run(_root.Path, "pack", Path.Combine(repository, "src", "DocGen.Templates"), "-o", feed, "-nodeReuse:false")
            ?? Run(_root.Path, "new", "install", Directory.GetFiles(feed, "DocGen.Templates.*.nupkg").Single(), "--debug:custom-hive", Hive);
    }

    /// <summary>Null when both packages were packed and the templates installed; otherwise what failed and its output.</summary>
    public string? Failure { get; }

    /// <summary>The isolated global packages folder, as NUGET_PACKAGES for every command.</summary>
    public string Cache => Path.Combine(_root.Path, "nuget-cache");

    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string> { ["NUGET_PACKAGES"] = Cache };

    private string Hive => Path.Combine(_root.Path, "template-hive");

    /// <summary>`dotnet new <paramref name="template"/> -o <paramref name="name"/>`; the app's folder.</summary>
    public string New(string template, string name)
    {
        Assert.True(Failure is null, Failure);
        var failure = Run(_root.Path, "new", template, "-o", name, "--debug:custom-hive", Hive);
        Assert.True(failure is null, failure);
        return Path.Combine(_root.Path, name);
    }

    public void Dispose() => _root.Dispose();

    private string? Run(string folder, params string[] arguments)
    {
        var (exitCode, output) = DotNetCommand.Run(folder, arguments, Environment);
        return exitCode == 0 ? null : $"dotnet {string.Join(" ", arguments)} failed:\n{output}";
    }
}
