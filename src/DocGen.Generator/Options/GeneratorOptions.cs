using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>Project-wide options, read from MSBuild properties made visible to the compiler.</summary>
public sealed record GeneratorOptions(string Namespace, string CatalogName)
{
    public const string DefaultCatalogName = "Archive";

    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider)
    {
        var global = provider.GlobalOptions;
        var ns = Read(global, "build_property.DocGenNamespace") ?? Read(global, "build_property.RootNamespace") ?? string.Empty;
        var catalog = Read(global, "build_property.DocGenCatalogName") ?? DefaultCatalogName;
        return new GeneratorOptions(ns, catalog);
    }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
