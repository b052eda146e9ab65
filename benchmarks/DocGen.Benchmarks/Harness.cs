using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using DocGen.Corpus;
using DocGen.Generator;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Benchmarks;

/// <summary>
/// Builds what the compiler hands the generator: a compilation, the corpus as additional texts and the MSBuild
/// options, the way tests/DocGen.Generator.Tests/Infrastructure/GeneratorHarness.cs does, but without step tracking
/// (the compiler does not track steps).
/// </summary>
public static class Harness
{
    public const int Seed = 1;

    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    public static ImmutableArray<AdditionalText> Corpus(int count) =>
        CorpusGenerator.Generate(Seed, count)
            .Select(file => (AdditionalText)new InMemoryAdditionalText("/bench/Consumer/Archive/" + file.FileName, file.Text))
            .ToImmutableArray();

    public static CSharpCompilation Compilation() =>
        CSharpCompilation.Create(
            "Consumer",
            new[] { CSharpSyntaxTree.ParseText("namespace Consumer { public static class Program { public static void Main() { } } }", ParseOptions) },
            Basic.Reference.Assemblies.Net100.References.All.Concat(new[] { MetadataReference.CreateFromFile(typeof(DocGen.ArchiveDocument).Assembly.Location) }),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));

    /// <summary>Where <see cref="Files"/> puts the files it reads, as a build of that project would see them.</summary>
    public const string ProjectDirectory = "/bench/Consumer";

    /// <summary>
    /// Every .xml file under <paramref name="folder"/> (ordinal order), read from disk as the compiler reads an
    /// AdditionalFiles item, at the path it would have under the project's Archive/ folder.
    /// </summary>
    public static ImmutableArray<AdditionalText> Files(string folder) =>
        System.IO.Directory.GetFiles(folder, "*.xml", System.IO.SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (AdditionalText)new InMemoryAdditionalText(
                ProjectDirectory + "/Archive/" + System.IO.Path.GetRelativePath(folder, f).Replace('\\', '/'),
                System.IO.File.ReadAllText(f)))
            .ToImmutableArray();

    /// <summary>The driver, with the project's folder and its Archive/ folder set when <paramref name="archiveFolder"/>, so folders name collections.</summary>
    public static GeneratorDriver Driver(IEnumerable<AdditionalText> texts, bool trackSteps = false, bool archiveFolder = false, IReadOnlyDictionary<string, string>? properties = null)
    {
        var global = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
        foreach (var property in properties ?? new Dictionary<string, string>())
        {
            global[property.Key] = property.Value;
        }

        if (archiveFolder)
        {
            global["build_property.MSBuildProjectDirectory"] = ProjectDirectory;
            global["build_property.DocGenArchiveFolder"] = "Archive";
        }

        return CSharpGeneratorDriver.Create(
            new[] { new ArchiveGenerator().AsSourceGenerator() },
            texts,
            ParseOptions,
            new OptionsProvider(global),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: trackSteps));
    }

    /// <summary>The floor: read each text (SourceText.ToString) and split it into lines, as any line parser must.</summary>
    public static long ReadAndSplit(ImmutableArray<AdditionalText> texts)
    {
        long total = 0;
        foreach (var file in texts)
        {
            var text = file.GetText(CancellationToken.None)!.ToString();
            var start = 0;
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                if (c == '\n' || c == '\r')
                {
                    total += text.Substring(start, i - start).Length + 1;
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }

                    start = i + 1;
                }
            }

            total += text.Substring(start).Length;
        }

        return total;
    }

    /// <summary>Parses every text with DocGen.Core alone; returns the paragraphs read, so the work cannot be skipped.</summary>
    public static int ParseAll(ImmutableArray<AdditionalText> texts)
    {
        var paragraphs = 0;
        foreach (var file in texts)
        {
            paragraphs += DocGen.Core.Formats.Markdown.ArchiveDocumentParser.Parse(file.Path, file.GetText(CancellationToken.None)!.ToString()).Body.Count;
        }

        return paragraphs;
    }

    public sealed class InMemoryAdditionalText : AdditionalText
    {
        private readonly SourceText _text;

        public InMemoryAdditionalText(string path, string text)
        {
            Path = path;
            // UTF-8, as the compiler reads a valid UTF-8 file: the generator then slices long strings out of the resource.
            _text = SourceText.From(text, System.Text.Encoding.UTF8);
        }

        public override string Path { get; }

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }

    /// <summary>
    /// Set DOCGEN_BENCH_LITERALS=1 to measure the generator without embedded files (every string a literal), as
    /// before the files were embedded; by default each file has the resource name DocGen's build targets give it.
    /// </summary>
    public static readonly bool Literals = Environment.GetEnvironmentVariable("DOCGEN_BENCH_LITERALS") == "1";

    private sealed class OptionsProvider : AnalyzerConfigOptionsProvider
    {
        private static readonly Options Empty = new(new Dictionary<string, string>());

        public OptionsProvider(IReadOnlyDictionary<string, string> global) => GlobalOptions = new Options(global);

        public override AnalyzerConfigOptions GlobalOptions { get; }

        public override AnalyzerConfigOptions GetOptions(SyntaxTree tree) => Empty;

        public override AnalyzerConfigOptions GetOptions(AdditionalText textFile) => Literals
            ? Empty
            : new Options(new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenResource"] = "DocGen.Archive/" + textFile.Path.Substring(textFile.Path.LastIndexOf("/Archive/", StringComparison.Ordinal) + "/Archive/".Length) });
    }

    private sealed class Options : AnalyzerConfigOptions
    {
        private readonly IReadOnlyDictionary<string, string> _values;

        public Options(IReadOnlyDictionary<string, string> values) => _values = values;

        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            _values.TryGetValue(key, out value);
    }
}
