using System.Reflection;

namespace DocGen.Generator.Diagnostics;

/// <summary>
/// Where each diagnostic's page lives: docs/diagnostics/DGxxxx.md in DocGen's repository. The repository is the
/// MSBuild property DocGenRepositoryUrl (Directory.Build.props), the same one the package's repository metadata
/// names, carried into this assembly as assembly metadata.
/// </summary>
public static class HelpLinks
{
    /// <summary>Used only if the assembly was built without the metadata (never by this repository's build).</summary>
    public const string FallbackRepositoryUrl = "https://github.com/docgen/docgen";

    public static string RepositoryUrl { get; } = ReadRepositoryUrl();

    public static string Base { get; } = RepositoryUrl.TrimEnd('/') + "/blob/main/docs/diagnostics/";

    public static string For(string id) => Base + id + ".md";

    private static string ReadRepositoryUrl()
    {
        foreach (var attribute in typeof(HelpLinks).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>())
        {
            if (attribute.Key == "DocGenRepositoryUrl" && !string.IsNullOrWhiteSpace(attribute.Value))
            {
                return attribute.Value!;
            }
        }

        return FallbackRepositoryUrl;
    }
}
