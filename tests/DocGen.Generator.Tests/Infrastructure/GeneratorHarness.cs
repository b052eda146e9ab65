using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DocGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does: a compilation, additional files and MSBuild options.</summary>
public static class GeneratorHarness
{
    public static CSharpCompilation Compilation(params string[] sources) =>
        CSharpCompilation.Create(
            "Consumer",
            sources.Select(s => CSharpSyntaxTree.ParseText(s, new CSharpParseOptions(LanguageVersion.Latest))),
            Basic.Reference.Assemblies.Net100.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(DocGen.ArchiveDocument).Assembly.Location) }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable)
                .WithWarningLevel(HighestWarningLevel)
                .WithSpecificDiagnosticOptions(SdkSuppressions));

    /// <summary>
    /// Every warning wave on (the default, 4, leaves out CS8981 and the rest), so the compile checks catch what a
    /// consumer with AnalysisLevel latest or a higher WarningLevel would see.
    /// </summary>
    public const int HighestWarningLevel = 9999;

    /// <summary>The reference-unification notes the .NET SDK silences in every project (NoWarn CS1701;CS1702).</summary>
    private static readonly ImmutableDictionary<string, ReportDiagnostic> SdkSuppressions =
        ImmutableDictionary<string, ReportDiagnostic>.Empty.Add("CS1701", ReportDiagnostic.Suppress).Add("CS1702", ReportDiagnostic.Suppress);

    /// <summary>The global options a run gets when a test gives none: the project's root namespace, Consumer.</summary>
    public static IReadOnlyDictionary<string, string> ConsumerOptions { get; } = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };

    public static GeneratorDriver Driver(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? globalOptions = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null, CSharpParseOptions? parseOptions = null, ArchiveGenerator? generator = null)
    {
        var options = new TestOptionsProvider(globalOptions ?? ConsumerOptions, fileOptions);
        return CSharpGeneratorDriver.Create(
            new[] { (generator ?? new ArchiveGenerator()).AsSourceGenerator() },
            files,
            parseOptions ?? new CSharpParseOptions(LanguageVersion.Latest),
            options,
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    public static (GeneratorDriver Driver, GeneratorDriverRunResult Result, Compilation Output) Run(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string>? globalOptions = null, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null, ArchiveGenerator? generator = null)
    {
        var driver = Driver(files, globalOptions, fileOptions, generator: generator);
        driver = driver.RunGeneratorsAndUpdateCompilation(Compilation(), out var output, out _, CancellationToken.None);
        return (driver, driver.GetRunResult(), output);
    }

    public static AdditionalText File(string path, string text) => new InMemoryAdditionalText(path, text);

    /// <summary>Runs an analyzer over a compilation with the given additional files and options, as the build does.</summary>
    public static ImmutableArray<Diagnostic> Analyze(
        Compilation compilation,
        IEnumerable<AdditionalText> files,
        DiagnosticAnalyzer analyzer,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null) =>
        Analyze(compilation, files, ImmutableArray.Create(analyzer), globalOptions, fileOptions);

    /// <summary>Runs analyzers over a compilation with the given additional files and options, as the build does.</summary>
    public static ImmutableArray<Diagnostic> Analyze(
        Compilation compilation,
        IEnumerable<AdditionalText> files,
        ImmutableArray<DiagnosticAnalyzer> analyzers,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null)
        => WithAnalyzers(compilation, files, analyzers, globalOptions, fileOptions).GetAnalyzerDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();

    /// <summary>A compilation with analyzers attached, given the additional files and options a build would give them.</summary>
    public static CompilationWithAnalyzers WithAnalyzers(
        Compilation compilation,
        IEnumerable<AdditionalText> files,
        IEnumerable<DiagnosticAnalyzer> analyzers,
        IReadOnlyDictionary<string, string>? globalOptions = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? fileOptions = null)
    {
        var options = new AnalyzerOptions(files.ToImmutableArray(), new TestOptionsProvider(globalOptions ?? new Dictionary<string, string>(), fileOptions));
        return compilation.WithAnalyzers(analyzers.ToImmutableArray(), options);
    }

    /// <summary>Compiler errors and warnings of the generated code (hidden and info diagnostics excluded).</summary>
    public static ImmutableArray<Diagnostic> CompileProblems(Compilation output) =>
        output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToImmutableArray();

    private sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            _text = SourceText.From(text);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    private sealed class TestOptionsProvider : AnalyzerConfigOptionsProvider
    {
        private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _files;

        public TestOptionsProvider(IReadOnlyDictionary<string, string> global, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? files)
        {
            GlobalOptions = new Options(global);
            _files = files ?? new Dictionary<string, IReadOnlyDictionary<string, string>>();
        }

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => new Options(new Dictionary<string, string>());

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) =>
            new Options(_files.TryGetValue(textFile.Path, out var values) ? values : new Dictionary<string, string>());
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            _values.TryGetValue(key, out value);
    }
}
