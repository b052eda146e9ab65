using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>The real records in ../shared (read in place, never copied): they generate, compile, and raise no error.</summary>
public class SharedExamplesTests
{
    [SharedDataFact("examples")]
    public void EveryExampleGeneratesCompilingCodeWithoutErrors()
    {
        var files = ExampleFiles().Select(f => GeneratorHarness.File(f, File.ReadAllText(f))).ToArray();
        var include = files.ToDictionary(f => f.Path, _ => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenInclude"] = "true" });

        var (_, result, output) = GeneratorHarness.Run(files, fileOptions: include);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var documents = GeneratedAssembly.LoadAll(output);
        Assert.Equal(files.Length, documents.Count);
        Assert.Contains(documents, d => d.Id == "112106");
    }

    /// <summary>
    /// No example has a problem whose diagnostic is an error by default: the descriptors say which are, so a code
    /// made an error later is caught here without a list to keep in step.
    /// </summary>
    [SharedDataFact("examples")]
    public void EveryExampleParsesWithoutAnErrorLevelProblem()
    {
        foreach (var file in ExampleFiles())
        {
            var document = ArchiveDocumentParser.Parse(file, File.ReadAllText(file));

            var errors = document.Problems.Where(p => ProblemDiagnostics.For(p.Code).DefaultSeverity == DiagnosticSeverity.Error);

            Assert.True(document.IsUsable, file);
            Assert.Empty(errors.Select(p => file + ": " + ProblemDiagnostics.For(p.Code).Id));
        }
    }

    /// <summary>The examples (README.md aside) and the seed.</summary>
    private static IEnumerable<string> ExampleFiles() =>
        Directory.GetFiles(SharedData.Examples!, "*.md")
            .Where(f => !Path.GetFileName(f).Equals("README.md", StringComparison.OrdinalIgnoreCase))
            .Concat(SharedData.Seeds is { } seeds ? Directory.GetFiles(seeds) : Array.Empty<string>())
            .OrderBy(f => f, StringComparer.Ordinal);
}
