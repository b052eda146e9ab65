using System.Linq;
using System.Xml.Linq;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Generator.Tests;

/// <summary>
/// Generated public members carry XML docs, so consumers that build documentation (CS1591 on) stay clean, and a
/// document's docs say what IntelliSense should show: title, date and summary.
/// </summary>
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

    [Fact]
    public void DocumentClassAndCatalogPropertyDocsShowTitleDateIdAndSummary()
    {
        var driver = GeneratorHarness.Driver(
            new[] { GeneratorHarness.File("/a/t.md", TestDocuments.Telegram) },
            parseOptions: new CSharpParseOptions(LanguageVersion.Latest, DocumentationMode.Diagnose));
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        var documentClass = output.GetTypeByMetadataName("Consumer.ArchiveDocuments.TelegramFromAmbassadorExampleToTheForeignMinistryConstants")!;
        var property = output.GetTypeByMetadataName("Consumer.Archive")!.GetMembers("TelegramFromAmbassadorExampleToTheForeignMinistry").Single();

        // Diagnose mode reports a cref that does not bind (CS1574): there must be none.
        Assert.Empty(GeneratorHarness.CompileProblems(output));

        // Everything in <summary>, which completion tooltips show (they leave out <remarks>).
        var classDocs = Member(documentClass);
        Assert.Equal(new[] { "summary" }, classDocs.Elements().Select(e => e.Name.LocalName));
        Assert.Equal(
            new[] { "Telegram from Ambassador Example to the Foreign Ministry", "March 2, 1953 · id 900001", "The ambassador reports on talks about the harbour." },
            classDocs.Element("summary")!.Elements("para").Select(p => p.Value));

        // The catalog property inherits exactly those docs from the class.
        var inherit = Assert.Single(Member(property).Elements());
        Assert.Equal("inheritdoc", inherit.Name.LocalName);
        Assert.Equal("T:Consumer.ArchiveDocuments.TelegramFromAmbassadorExampleToTheForeignMinistryConstants", inherit.Attribute("cref")!.Value);
        Assert.Equal(documentClass, DocumentationCommentId.GetFirstSymbolForDeclarationId(inherit.Attribute("cref")!.Value, output), SymbolEqualityComparer.Default);
    }

    private static XElement Member(ISymbol symbol) => XElement.Parse(symbol.GetDocumentationCommentXml() ?? string.Empty);
}
