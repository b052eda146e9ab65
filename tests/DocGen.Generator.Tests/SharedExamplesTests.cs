using System.IO;
using System.Linq;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>The real records in ../shared (read in place, never copied): they generate, compile, and raise no error.</summary>
public class SharedExamplesTests
{
    [SharedDataFact("examples")]
    public void EveryExampleGeneratesCompilingCodeWithoutErrors()
    {
        var files = Directory.GetFiles(SharedData.Examples!, "*.md")
            .Where(f => !Path.GetFileName(f).Equals("README.md", System.StringComparison.OrdinalIgnoreCase))
            .Concat(SharedData.Seeds is { } seeds ? Directory.GetFiles(seeds) : new string[0])
            .Select(f => GeneratorHarness.File(f, File.ReadAllText(f)))
            .ToArray();
        var include = files.ToDictionary(f => f.Path, _ => (System.Collections.Generic.IReadOnlyDictionary<string, string>)new System.Collections.Generic.Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenInclude"] = "true" });

        var (_, result, output) = GeneratorHarness.Run(files, fileOptions: include);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == DiagnosticSeverity.Error);
        var documents = GeneratedAssembly.LoadAll(output);
        Assert.Equal(files.Length, documents.Count);
        Assert.Contains(documents, d => d.Id == "112106");
    }
}
