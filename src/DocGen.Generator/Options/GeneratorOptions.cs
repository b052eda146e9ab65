using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>
/// Project-wide options: MSBuild properties made visible to the compiler, and what the consumer's C# version allows
/// (nullable annotations from C# 8, UTF-8 literals from C# 11), so generated code compiles on C# 7.3 projects too.
/// </summary>
public sealed record GeneratorOptions(string Namespace, string CatalogName, bool Nullable)
{
    public const string DefaultCatalogName = "Archive";
    public const string DocumentMembersKey = "build_property.DocGenDocumentMembers";
    public const string IndexesKey = "build_property.DocGenIndexes";

    /// <param name="hasSpan">Whether the compilation can see System.ReadOnlySpan, which UTF-8 literals need.</param>
    public static GeneratorOptions From(AnalyzerConfigOptionsProvider provider, ParseOptions parseOptions, bool hasSpan)
    {
        var global = provider.GlobalOptions;
        var ns = Read(global, "build_property.DocGenNamespace") ?? Read(global, "build_property.RootNamespace") ?? string.Empty;
        var catalog = Read(global, "build_property.DocGenCatalogName") ?? DefaultCatalogName;
        var nullable = parseOptions is not CSharpParseOptions csharp || csharp.LanguageVersion >= LanguageVersion.CSharp8;
        var utf8 = hasSpan && (parseOptions is not CSharpParseOptions version || version.LanguageVersion >= LanguageVersion.CSharp11);
        var members = !string.Equals(Read(global, DocumentMembersKey), "false", System.StringComparison.OrdinalIgnoreCase);
        var indexes = !string.Equals(Read(global, IndexesKey), "false", System.StringComparison.OrdinalIgnoreCase);
        var (citationStyle, otherCitationStyle) = CitationSettings.Read(global);
        return new GeneratorOptions(ns, catalog, nullable)
        {
            Utf8Literals = utf8,
            DocumentMembers = members,
            Indexes = indexes,
            CitationStyle = citationStyle,
            OtherCitationStyle = otherCitationStyle,
            InvalidOptions = OptionCheck.Run(global),
        };
    }

    /// <summary>Whether the records compile as UTF-8 literals (C# 11): one token each, outside the string heap.</summary>
    public bool Utf8Literals { get; init; }

    /// <summary>
    /// Whether each document gets its own class of constants and a catalog property (<c>DocGenDocumentMembers</c>,
    /// on by default). Off, the catalog offers lookup by id and <c>All</c> only: far less for the compiler to do.
    /// </summary>
    public bool DocumentMembers { get; init; } = true;

    /// <summary>
    /// Whether the indexes are generated (<c>DocGenIndexes</c>, on by default): the project's <c>People</c>, each
    /// volume person's documents, each collection's <c>Places</c> and the catalog's <c>CitedBy</c>. Off, a volume's
    /// <c>Persons</c> and <c>Terms</c> are still generated, with no documents, and references are still checked.
    /// </summary>
    public bool Indexes { get; init; } = true;

    /// <summary>The style of each document's formatted-citation constant (<c>DocGenCitationStyle</c>).</summary>
    public DocGen.Core.Formatting.CitationStyle CitationStyle { get; init; }

    /// <summary>
    /// The <c>DocGenCitationStyle</c> value when it names no built-in style, else null: a style file's name
    /// (<see cref="Styles.ConstantStyle"/> looks it up among the CSL files) or DG0027.
    /// </summary>
    public string? OtherCitationStyle { get; init; }

    /// <summary>
    /// Which of the catalog's candidate full names (<see cref="Naming.CatalogPlanner.CandidateNames"/>) a referenced
    /// assembly already holds as a namespace or type: a generated type of that name would hide it (DG0026).
    /// </summary>
    public DocGen.Core.Model.EquatableArray<string> TakenNames { get; init; }

    /// <summary>
    /// Which leading parts of the namespace (<see cref="Naming.CatalogPlanner.NamespacePrefixes"/>) a referenced
    /// assembly holds as a type (<c>System.String</c>): a namespace of that name would conflict with it (CS0435).
    /// </summary>
    public DocGen.Core.Model.EquatableArray<string> TypeNames { get; init; }

    /// <summary>
    /// The accessibility of every generated type DocGen lets the user choose: the one their own
    /// <c>partial class</c> for the catalog declares, else <c>public</c>.
    /// </summary>
    public string Accessibility { get; init; } = "public";
    /// <summary>DG0036 for each option value the generator cannot use (<see cref="OptionCheck"/>).</summary>
    public EquatableArray<DiagnosticInfo> InvalidOptions { get; init; } = EquatableArray<DiagnosticInfo>.Empty;

    private static string? Read(AnalyzerConfigOptions options, string key) =>
        options.TryGetValue(key, out var value) && !string.IsNullOrWhiteSpace(value) ? value.Trim() : null;
}
