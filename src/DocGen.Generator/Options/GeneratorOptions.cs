using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>
/// Project-wide options: MSBuild properties made visible to the compiler, and whether the consumer's C# version has
/// nullable annotations (C# 8), so generated code compiles on C# 7.3 projects too.
/// </summary>
public sealed record GeneratorOptions(string Namespace, string CatalogName, bool Nullable)
{
    public const string DefaultCatalogName = "Archive";

    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider, ParseOptions parseOptions)
    {
        var global = provider.GlobalOptions;
        var ns = Read(global, "build_property.DocGenNamespace") ?? Read(global, "build_property.RootNamespace") ?? string.Empty;
        var catalog = Read(global, "build_property.DocGenCatalogName") ?? DefaultCatalogName;
        var nullable = parseOptions is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8;
        var (citationStyle, invalidCitationStyle) = CitationSettings.Read(global);
        return new GeneratorOptions(ns, catalog, nullable) { CitationStyle = citationStyle, InvalidCitationStyle = invalidCitationStyle };
    }

    /// <summary>The style of each document's formatted-citation constant (<c>DocGenCitationStyle</c>).</summary>
    public DocGen.Core.Formatting.CitationStyle CitationStyle { get; init; }

    /// <summary>The <c>DocGenCitationStyle</c> value when it names no style (DG0027), else null.</summary>
    public string? InvalidCitationStyle { get; init; }

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
