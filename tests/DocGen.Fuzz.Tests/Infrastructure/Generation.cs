using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Runtime.Loader;
using System.Text;
using DocGen.Core.Model;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Options;
using DocGen.Tests.Model;
using Microsoft.CodeAnalysis;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>Runs the generator over a batch of files and checks what every property of the generator requires.</summary>
public static class Generation
{
    private static readonly object LoadGate = new();

    public static (GeneratorDriverRunResult Result, Compilation Output) Run(IReadOnlyList<FuzzFile> files, int? maxLength = null)
    {
        var (_, result, output) = GeneratorHarness.Run(files.Select(f => f.ToAdditionalText()), Options(maxLength));
        return (result, output);
    }

    /// <summary>Runs the generator with the given project options, documentation on (so doc comments are checked).</summary>
    public static (GeneratorDriverRunResult Result, Compilation Output) RunDocumented(IReadOnlyList<FuzzFile> files, IReadOnlyDictionary<string, string> options)
    {
        var parse = new Microsoft.CodeAnalysis.CSharp.CSharpParseOptions(Microsoft.CodeAnalysis.CSharp.LanguageVersion.Latest, DocumentationMode.Diagnose);
        var driver = GeneratorHarness.Driver(files.Select(f => f.ToAdditionalText()), options, parseOptions: parse)
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        return (driver.GetRunResult(), output);
    }

    /// <summary>
    /// Runs the generator as DocGen's build targets set it up: each file, as UTF-8 bytes, embedded under its resource
    /// name; returns the resources to emit with the output.
    /// </summary>
    public static (GeneratorDriverRunResult Result, Compilation Output, IReadOnlyList<ResourceDescription> Resources) RunEmbedded(IReadOnlyList<FuzzFile> files)
    {
        // Named by position: fuzzed paths may hold characters a metadata name cannot (NUL, lone surrogates).
        var archive = EmbeddedArchive.OfBytes(files.Select((f, i) =>
            (f.Path, "DocGen.Archive/file" + i.ToString(CultureInfo.InvariantCulture) + ".md", f.Bytes ?? Encoding.UTF8.GetBytes(f.Text!))));
        var (_, result, output) = GeneratorHarness.Run(archive.Files, Options(null), archive.FileOptions);
        return (result, output, archive.Resources.ToList());
    }

    public static IReadOnlyDictionary<string, string> Options(int? maxLength)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
        if (maxLength is { } max)
        {
            options[ArchiveSettings.MaxFileSizeKey] = max.ToString(CultureInfo.InvariantCulture);
        }

        return options;
    }

    /// <summary>The generator did not throw: no exception, no CS8785 (generator failed), no DG0014 (DocGen's own catch).</summary>
    public static void AssertNoCrash(GeneratorDriverRunResult result)
    {
        var run = Assert.Single(result.Results);
        Assert.True(run.Exception is null, "the generator threw: " + run.Exception);
        var crashes = result.Diagnostics.Where(d => d.Id is "CS8785" or "DG0014").ToList();
        Assert.True(crashes.Count == 0, "the generator failed:\n" + string.Join("\n", crashes));
    }

    /// <summary>
    /// The generated code compiles with no error and no warning against the .NET 10 reference assemblies: it is
    /// emitted, so errors only emitting finds (CS8103, too many string literals) count too.
    /// </summary>
    public static void AssertCompilesCleanly(Compilation output)
    {
        using var stream = new System.IO.MemoryStream();
        var emit = output.Emit(stream);
        var problems = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning && !d.IsSuppressed).ToList();
        Assert.True(emit.Success && problems.Count == 0, "generated code does not compile cleanly:\n" + Describe(problems));
    }

    /// <summary>The analyzer's diagnostics for the files, after checking it did not throw (AD0001).</summary>
    public static ImmutableArray<Diagnostic> Analyze(IReadOnlyList<FuzzFile> files, int? maxLength = null)
    {
        var diagnostics = GeneratorHarness.Analyze(GeneratorHarness.Compilation(), files.Select(f => f.ToAdditionalText()), new ArchiveDocumentAnalyzer(), Options(maxLength));
        var failures = diagnostics.Where(d => d.Id == "AD0001").ToList();
        Assert.True(failures.Count == 0, "the analyzer threw:\n" + string.Join("\n", failures));
        return diagnostics;
    }

    /// <summary>
    /// Emits and loads the generated assembly (GeneratedAssembly.LoadAll: a collectible context), hands the
    /// documents to <paramref name="use"/>, then unloads the context so a long run does not keep every batch loaded.
    /// </summary>
    public static void WithLoaded(Compilation output, Action<IReadOnlyList<DocGen.ArchiveDocument>> use, IEnumerable<ResourceDescription>? resources = null)
    {
        IReadOnlyList<DocGen.ArchiveDocument> documents;
        List<AssemblyLoadContext> created;
        lock (LoadGate)
        {
            // Only this method loads generated assemblies in this test process, so the new context is the batch's.
            var before = new HashSet<AssemblyLoadContext>(AssemblyLoadContext.All);
            documents = GeneratedAssembly.LoadAll(output, resources: resources);
            created = AssemblyLoadContext.All.Where(c => c.IsCollectible && !before.Contains(c)).ToList();
        }

        try
        {
            use(documents);
        }
        finally
        {
            foreach (var context in created)
            {
                context.Unload();
            }
        }
    }

    /// <summary>
    /// What the catalog must hold: each .md file's parse, when usable; of documents sharing an id, the first in
    /// ordinal path order (DG0012 for the others).
    /// </summary>
    public static Dictionary<string, ParsedDocument> Expected(IReadOnlyList<FuzzFile> files, int? maxLength = null)
    {
        var expected = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
        foreach (var file in files.OrderBy(f => f.Path, StringComparer.Ordinal))
        {
            if (!file.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || file.NotValidText)
            {
                continue;
            }

            var parsed = ArchiveDocumentParser.Parse(file.Path, file.Decoded, maxLength ?? ArchiveDocumentParser.DefaultMaxLength);
            if (parsed.IsUsable && !expected.ContainsKey(parsed.Id))
            {
                expected.Add(parsed.Id, parsed);
            }
        }

        return expected;
    }

    /// <summary>Exact round trip: the compiled documents are the parsed ones, every string character for character.</summary>
    public static void AssertRoundTrip(IReadOnlyList<FuzzFile> files, IReadOnlyList<DocGen.ArchiveDocument> loaded, int? maxLength = null)
    {
        var expected = Expected(files, maxLength);
        var ids = loaded.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToList();
        Assert.True(
            expected.Keys.OrderBy(id => id, StringComparer.Ordinal).SequenceEqual(ids),
            "the catalog's ids are not the parsed documents' ids:\n expected " + string.Join(", ", expected.Keys.Select(k => Show.Text(k)))
            + "\n actual   " + string.Join(", ", ids.Select(k => Show.Text(k))));

        foreach (var document in loaded)
        {
            var parsed = expected[document.Id];
            var difference = ModelMatch.FirstDifference(parsed, document);
            Assert.True(difference is null, $"round trip mismatch in {Show.Text(parsed.Path)} (id {Show.Text(parsed.Id)}): {difference}");
        }
    }

    public static string AllGeneratedText(GeneratorDriverRunResult result) =>
        string.Join("\n", result.Results.Single().GeneratedSources.OrderBy(s => s.HintName, StringComparer.Ordinal).Select(s => "// " + s.HintName + "\n" + s.SourceText));

    private static string Describe(IEnumerable<Diagnostic> diagnostics)
    {
        var builder = new StringBuilder();
        foreach (var diagnostic in diagnostics.Take(20))
        {
            builder.Append(diagnostic.ToString());
            if (diagnostic.Location.SourceTree is { } tree)
            {
                var line = tree.GetText().Lines.GetLineFromPosition(diagnostic.Location.SourceSpan.Start);
                builder.Append("\n    in ").Append(tree.FilePath).Append(": ").Append(Show.Text(line.ToString(), 400));
            }

            builder.Append('\n');
        }

        return builder.ToString();
    }
}
