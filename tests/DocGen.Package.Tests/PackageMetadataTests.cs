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

    /// <summary>Each evaluation also runs the version target, whose inline task is compiled anew every time.</summary>
    private static readonly string[] PackProperties =
    {
        "-t:DocGenLocalPackageVersion", "-getProperty:PackageVersion", "-getProperty:RepositoryUrl", "-getProperty:PackageProjectUrl", "-getProperty:PublishRepositoryUrl",
    };

    [Fact]
    public void APackWithNothingGivenNamesNoUrlAndIsVersionedByItsSources()
    {
        var pack = Evaluate("DocGen", PackProperties);
        var again = Evaluate("DocGen", PackProperties);

        Assert.Equal(new[] { string.Empty, string.Empty, string.Empty }, new[] { pack["RepositoryUrl"], pack["PackageProjectUrl"], pack["PublishRepositoryUrl"] });
        Assert.Matches(@"^0\.1\.0-dev\.c[0-9a-f]{12}$", pack["PackageVersion"]);
        Assert.Equal(pack["PackageVersion"], again["PackageVersion"]);
    }

    [Fact]
    public void AGivenRepositoryUrlAndVersionAreUsedAsGiven()
    {
        var pack = Evaluate("DocGen", PackProperties.Append("-p:DocGenRepositoryUrl=" + Url).Append("-p:Version=2.3.4").ToArray());

        Assert.Equal(new[] { Url, Url, "true" }, new[] { pack["RepositoryUrl"], pack["PackageProjectUrl"], pack["PublishRepositoryUrl"] });
        Assert.Equal("2.3.4", pack["PackageVersion"]);
    }

    [Fact]
    public void TheGeneratorCarriesTheRepositoryUrlOnlyWhenOneIsGiven()
    {
        Assert.DoesNotContain("DocGenRepositoryUrl", Evaluate("DocGen.Generator", "-getItem:AssemblyMetadata", "-getProperty:AssemblyName").GetValueOrDefault("AssemblyMetadata", string.Empty));
        Assert.Contains(Url, Evaluate("DocGen.Generator", "-getItem:AssemblyMetadata", "-getProperty:AssemblyName", "-p:DocGenRepositoryUrl=" + Url)["AssemblyMetadata"]);
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
