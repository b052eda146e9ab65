using System.Reflection;

namespace DocGen.Generator.Diagnostics;

/// <summary>
/// Where each diagnostic's page lives. With a repository URL given at pack time (the MSBuild property
/// DocGenRepositoryUrl, carried into this assembly as assembly metadata), its docs/diagnostics/DGxxxx.md on the web.
/// Without one, the page the package itself ships, named relative to the package's root folder: no URL is made up.
/// </summary>
public static class HelpLinks
{
    /// <summary>Where the package holds the diagnostics' pages (src/DocGen/DocGen.csproj packs them there).</summary>
    public const string PackageFolder = "docs/diagnostics/";

    /// <summary>The repository URL this assembly was built with, or null when none was given.</summary>
    public static string? RepositoryUrl { get; } = ReadRepositoryUrl();

    public static string For(string id) => For(RepositoryUrl, id);

    /// <summary>The help link of <paramref name="id"/> for a build with <paramref name="repositoryUrl"/> (or none).</summary>
    public static string For(string? repositoryUrl, string id) =>
        string.IsNullOrWhiteSpace(repositoryUrl)
            ? PackageFolder + id + ".md"
            : repositoryUrl!.TrimEnd('/') + "/blob/main/" + PackageFolder + id + ".md";

    private static string? ReadRepositoryUrl()
    {
        foreach (var attribute in typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == "DocGenRepositoryUrl" && !string.IsNullOrWhiteSpace(attribute.Value))
            {
                return attribute.Value;
            }
        }

        return null;
    }
}
