using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Package.Tests;

/// <summary>
/// What MSBuild makes of the package's metadata, read by evaluating the projects (no build): no URL unless one is given
/// at pack time, and a version of the sources' own unless one is given.
/// </summary>
public sealed class PackageMetadataTests
{
    private const string Url = "https://example.org/docgen";

    [Fact]
    public void NoRepositoryUrlIsWrittenUnlessOneIsGivenAtPackTime()
    {
        var unset = Evaluate("DocGen", "-getProperty:RepositoryUrl", "-getProperty:PackageProjectUrl", "-getProperty:PublishRepositoryUrl");
        var given = Evaluate("DocGen", "-getProperty:RepositoryUrl", "-getProperty:PackageProjectUrl", "-p:DocGenRepositoryUrl=" + Url);

        Assert.Equal(new[] { string.Empty, string.Empty, string.Empty }, new[] { unset["RepositoryUrl"], unset["PackageProjectUrl"], unset["PublishRepositoryUrl"] });
        Assert.Equal(new[] { Url, Url }, new[] { given["RepositoryUrl"], given["PackageProjectUrl"] });
    }

    [Fact]
    public void TheGeneratorCarriesTheRepositoryUrlOnlyWhenOneIsGiven()
    {
        Assert.DoesNotContain("DocGenRepositoryUrl", Evaluate("DocGen.Generator", "-getItem:AssemblyMetadata", "-getProperty:AssemblyName").GetValueOrDefault("AssemblyMetadata", string.Empty));
        Assert.Contains(Url, Evaluate("DocGen.Generator", "-getItem:AssemblyMetadata", "-getProperty:AssemblyName", "-p:DocGenRepositoryUrl=" + Url)["AssemblyMetadata"]);
    }

    [Fact]
    public void APackWithoutAVersionIsVersionedByItsSourcesAndAGivenVersionWins()
    {
        var local = Evaluate("DocGen", "-t:DocGenLocalPackageVersion", "-getProperty:PackageVersion", "-getProperty:DocGenLocalVersion");
        var again = Evaluate("DocGen", "-t:DocGenLocalPackageVersion", "-getProperty:PackageVersion", "-getProperty:DocGenLocalVersion");
        var given = Evaluate("DocGen", "-t:DocGenLocalPackageVersion", "-getProperty:PackageVersion", "-getProperty:DocGenLocalVersion", "-p:Version=2.3.4");

        Assert.Matches(@"^0\.1\.0-dev\.c[0-9a-f]{12}$", local["PackageVersion"]);
        Assert.Equal(local["PackageVersion"], again["PackageVersion"]);
        Assert.Equal("2.3.4", given["PackageVersion"]);
    }

    /// <summary>`dotnet msbuild` on src/<paramref name="project"/>: each asked property, or each item's JSON, by name.</summary>
    private static Dictionary<string, string> Evaluate(string project, params string[] arguments)
    {
        var (exitCode, output) = DotNetCommand.Run(Repository.Root, new[] { "msbuild", Repository.Path("src", project, project + ".csproj"), "-nologo", "-p:NuGetAudit=false" }.Concat(arguments));
        Assert.True(exitCode == 0, output);
        var json = JsonDocument.Parse(output[output.IndexOf('{')..]).RootElement;
        var values = new Dictionary<string, string>();
        if (json.TryGetProperty("Properties", out var properties))
        {
            foreach (var property in properties.EnumerateObject())
            {
                values[property.Name] = property.Value.GetString() ?? string.Empty;
            }
        }

        if (json.TryGetProperty("Items", out var items))
        {
            foreach (var item in items.EnumerateObject())
            {
                values[item.Name] = item.Value.GetRawText();
            }
        }

        return values;
    }
}
