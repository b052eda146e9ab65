using System.Linq;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Generator.Tests;

/// <summary>Generated public members carry XML docs, so consumers that build documentation (CS1591 on) stay clean.</summary>
public class DocumentationTests
{
    [Fact]
    public void EveryGeneratedPublicMemberIsDocumentedAndTheXmlIsWellFormed()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose);
        var driver = GeneratorHarness.Driver(
            new[] { GeneratorHarness.File("/a/t.md", TestDocuments.Telegram), GeneratorHarness.File("/a/h.md", TestDocuments.Hostile) },
            parseOptions: parse);
        var compilation = GeneratorHarness.Compilation().WithOptions(GeneratorHarness.Compilation().Options.WithSpecificDiagnosticOptions(
            GeneratorHarness.Compilation().Options.SpecificDiagnosticOptions.SetItem("CS1591", ReportDiagnostic.Warn)));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        var generated = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", System.StringComparison.Ordinal)).ToList();
        Assert.Equal(3, generated.Count);
        Assert.All(generated, tree => Assert.Equal(DocumentationMode.Diagnose, tree.Options.DocumentationMode));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }
}
