using System.Collections.Generic;
using System.IO;
using System.Linq;
using DocGen.Generator.Naming;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Generator.Tests;

/// <summary>
/// The one rule for the names DocGen writes (NameRules, CatalogPlanner): inputs and option values that once gave a
/// compiler error (CS1570, CS7013, CS0426, CS0138, CS0721, CS8981) now give compiling code, and a DocGen diagnostic
/// where a value had to change. Each output is emitted, because CS7013 is reported only when metadata is written.
/// </summary>
public class NameRulesTests
{
    private static string Doc(string title, string id) =>
        $"**May 1, 1950**  \n**{title}**\n\n**Summary:**\n\n{title} in the summary.\n\n**Citation:**\n\n\"{title}\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <https://digitalarchive.wilsoncenter.org/document/{id}>\n\nBody.\n";

    [Theory]
    [InlineData(0xFFFF)]
    [InlineData(0xFFFE)]
    [InlineData(0xFDD0)]
    [InlineData(0x1FFFF)]
    [InlineData(0x10FFFE)]
    [InlineData(0x0001)]
    [InlineData(0xD800)]
    [InlineData(0xDFFF)]
    public void ANoncharacterInATitleGivesWellFormedDocs(int codePoint)
    {
        // Code points, not strings: a lone surrogate would not survive as a test case's argument.
        var noncharacter = codePoint > 0xFFFF ? char.ConvertFromUtf32(codePoint) : ((char)codePoint).ToString();

        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc("Note " + noncharacter + " on Trade", "1")) }, GeneratorHarness.ConsumerOptions, out _);

        AssertCompilesAndEmits(output);
        var docs = output.GetTypeByMetadataName("Consumer.ArchiveDocuments.NoteOnTradeConstants")!.GetDocumentationCommentXml()!;
        Assert.DoesNotContain(noncharacter, docs, System.StringComparison.Ordinal);
    }

    [Fact]
    public void ACollisionWithAThousandCharacterIdStaysWithinTheMetadataLimit()
    {
        var id = new string('7', 1000);
        var files = new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")), GeneratorHarness.File("/a/2.md", Doc("Note", id)) };

        var output = Generate(files, GeneratorHarness.ConsumerOptions, out var diagnostics);

        AssertCompilesAndEmits(output);
        Assert.Equal("DG0013", Assert.Single(diagnostics).Id);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.Note_2Constants"));
    }

    [Fact]
    public void AMemberNameOverrideTooLongForMetadataIsRejected()
    {
        var fileOptions = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/a/1.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenMemberName"] = "L" + new string('x', 1100) },
        };
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, fileOptions: fileOptions, parseOptions: Documented);

        driver = driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);

        AssertCompilesAndEmits(output);
        Assert.Equal("DG0011", Assert.Single(driver.GetRunResult().Diagnostics).Id);
    }

    [Theory]
    [InlineData("N", 2000, "Archive", 0)]
    [InlineData("N", 0, "Archive", 2000)]
    [InlineData("Ü", 700, "Ж", 100)]
    public void LongNamespaceAndCatalogOptionsAreCutAndReported(string namespacePart, int namespaceParts, string catalogLetter, int catalogLength)
    {
        var ns = namespaceParts == 0 ? "Consumer" : string.Join(".", Enumerable.Repeat(namespacePart, namespaceParts));
        var catalog = catalogLength == 0 ? catalogLetter : new string(catalogLetter[0], catalogLength);
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = ns, ["build_property.DocGenCatalogName"] = catalog };
        var title = string.Join(" ", Enumerable.Repeat("Ωmega", 30));

        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc(title, "1")), GeneratorHarness.File("/a/2.md", Doc(title, "2")) }, options, out var diagnostics);

        AssertCompilesAndEmits(output);
        var changed = diagnostics.Where(d => d.Id == "DG0031").ToList();
        Assert.All(changed, d => Assert.Equal(DiagnosticSeverity.Info, d.Severity));
        Assert.Contains(changed, d => d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).StartsWith(namespaceParts == 0 ? "The catalog name" : "The namespace", System.StringComparison.Ordinal));
        Assert.Equal(catalogLength > 0 && namespaceParts > 0 ? 2 : 1, changed.Count);
        Assert.Contains(diagnostics, d => d.Id == "DG0013");
        var documentClasses = output.SyntaxTrees.SelectMany(t => t.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
            .Select(c => output.GetSemanticModel(c.SyntaxTree).GetDeclaredSymbol(c)!).ToList();
        Assert.All(documentClasses, type => Assert.True(
            System.Text.Encoding.UTF8.GetByteCount(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat).Replace("global::", string.Empty)) <= NameRules.MetadataLimit));
    }

    [Theory]
    [InlineData("DocGen", "Storage")]
    [InlineData("System", "Collections")]
    [InlineData("DocGen", "ArchiveDocument")]
    [InlineData("System", "String")]
    [InlineData("DocGen.Storage", "DocumentShard")]
    public void ACatalogThatWouldHideARuntimeNameIsDG0026(string ns, string catalog)
    {
        var options = new Dictionary<string, string> { ["build_property.DocGenNamespace"] = ns, ["build_property.DocGenCatalogName"] = catalog };
        var consumer = "namespace Uses { internal static class C { internal static string M() => global::" + ns + ".Archive.Get(\"1\").Title; } }";

        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, options, out var diagnostics, consumer);

        AssertCompilesAndEmits(output);
        var warning = Assert.Single(diagnostics);
        Assert.Equal("DG0026", warning.Id);
        Assert.Contains("referenced assembly", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("System.String", "System.String_.Archive")]
    [InlineData("DocGen.ArchiveDocument.Letters", "DocGen.ArchiveDocument_.Letters.Archive")]
    [InlineData("__.Microsoft.nameof", "__.Microsoft.nameof_.Archive")]
    [InlineData("var", "var_.Archive")]
    [InlineData("Letters.await.nameof", "Letters.await_.nameof_.Archive")]
    public void ANamespacePartThatWouldCaptureANameGetsAnUnderscore(string ns, string catalog)
    {
        // A part named like a referenced type would clash with it (CS0435); one named like a contextual keyword, even
        // written '@nameof', is still the namespace 'nameof', and the catalog's nameof(...) would find it (CS0118).
        var options = new Dictionary<string, string> { ["build_property.DocGenNamespace"] = ns };

        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, options, out var diagnostics);

        AssertCompilesAndEmits(output);
        Assert.NotNull(output.GetTypeByMetadataName(catalog));
        Assert.Equal("DG0031", Assert.Single(diagnostics).Id);
    }

    [Theory]
    [InlineData("archive", "Archive")]
    [InlineData("letters", "Letters")]
    [InlineData("count", "Archive")]
    public void AnAllLowercaseCatalogNameGetsACapital(string catalog, string used)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.DocGenCatalogName"] = catalog };

        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, options, out var diagnostics);

        AssertCompilesAndEmits(output);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer." + used));
        Assert.Equal(used == "Archive" && catalog != "archive" ? "DG0026" : "DG0031", Assert.Single(diagnostics).Id);
    }

    [Fact]
    public void AnAllLowercaseMemberNameOverrideIsRejected()
    {
        var fileOptions = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/a/1.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenMemberName"] = "note" },
        };

        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/1.md", Doc("Trade Note", "1")) }, fileOptions: fileOptions);

        AssertCompilesAndEmits(output);
        Assert.Equal("DG0011", Assert.Single(result.Diagnostics).Id);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.TradeNoteConstants"));
    }

    [Theory]
    [InlineData("The People's Daily", "ThePeoplesDaily")]
    [InlineData("The People\u2019s Daily", "ThePeoplesDaily")]
    [InlineData("Mao's 'Talks'", "MaosTalks")]
    [InlineData("In the 1950's", "InThe1950s")]
    [InlineData("O'Brien to Kennan", "OBrienToKennan")]
    [InlineData("Trailing ' apostrophe", "TrailingApostrophe")]
    public void PossessivesFoldIntoTheirWord(string title, string name) =>
        Assert.Equal(name, IdentifierBuilder.FromTitle(title, "1"));

    [Fact]
    public void TheLengthCapCutsAtAWordBoundary()
    {
        var title = "Memorandum of Conversation between the Chairman and the Ambassador of the Democratic Republic of Vietnam";

        var name = IdentifierBuilder.FromTitle(title, "1");

        Assert.Equal("MemorandumOfConversationBetweenTheChairmanAndTheAmbassadorOfTheDemocratic", name);
        Assert.True(name.Length <= IdentifierBuilder.MaxLength);
    }

    [Theory]
    [InlineData("Cafe\u0301 Note", "Caf\u00e9 Note")]
    [InlineData("Vie\u0323\u0302t Nam", "Vi\u1EC7t Nam")]
    [InlineData("\u1112\u1161\u11AB\u1100\u1173\u11AF", "\uD55C\uAE00")]
    [InlineData("Zu\u0308rich A\u030Angstro\u0308m", "Z\u00fcrich \u00c5ngstr\u00f6m")]
    public void DecomposedAndComposedTitlesGetTheSameName(string decomposed, string composed)
    {
        // string.Normalize would pass this only where ICU is loaded: with invariant globalization (Alpine) it returns
        // the text unchanged, and the decomposed title would split at each mark. The naming uses its own table.
        Assert.Equal(IdentifierBuilder.FromTitle(composed, "1"), IdentifierBuilder.FromTitle(decomposed, "1"));
        Assert.DoesNotContain("\u0301", IdentifierBuilder.FromTitle(decomposed, "1"));
    }

    [NormalizationFact]
    public void TheCompositionTableIsNfcForEveryPairItHolds()
    {
        var table = Composition.Table;
        Assert.True(table.Length > 2700);
        for (var i = 0; i < table.Length; i += 3)
        {
            Assert.Equal(table[i + 2].ToString(), (table[i].ToString() + table[i + 1]).Normalize(System.Text.NormalizationForm.FormC));
        }

        // And every BMP letter with a one-step canonical decomposition is in it.
        for (var c = 0xC0; c < 0xFFFF; c++)
        {
            var text = ((char)c).ToString();
            if (char.IsSurrogate((char)c) || c is >= 0xAC00 and <= 0xD7A3 || !char.IsLetter((char)c))
            {
                continue;
            }

            var decomposed = text.Normalize(System.Text.NormalizationForm.FormD);
            if (decomposed.Length == 2 && (decomposed).Normalize(System.Text.NormalizationForm.FormC) == text)
            {
                Assert.Equal(text, Composition.Compose(decomposed));
            }
        }
    }

    [Theory]
    [InlineData("internal", "internal")]
    [InlineData("public", "public")]
    [InlineData("", "public")]
    public void TheProjectsOwnPartialCatalogSetsTheAccessibility(string declared, string expected)
    {
        var consumer = "namespace Consumer { " + declared + " static partial class Archive { internal static int Mine => Count; } }";

        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, GeneratorHarness.ConsumerOptions, out var diagnostics, consumer);

        AssertCompilesAndEmits(output);
        Assert.Empty(diagnostics);
        var accessibility = expected == "public" ? Accessibility.Public : Accessibility.Internal;
        Assert.Equal(accessibility, output.GetTypeByMetadataName("Consumer.Archive")!.DeclaredAccessibility);
        Assert.Equal(accessibility, output.GetTypeByMetadataName("Consumer.ArchiveDocuments.NoteConstants")!.DeclaredAccessibility);
    }

    [Fact]
    public void ANonStaticPartialCatalogDeclarationCompilesToo()
    {
        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, GeneratorHarness.ConsumerOptions, out _, "namespace Consumer { internal partial class Archive { } }");

        AssertCompilesAndEmits(output);
        Assert.Equal(Accessibility.Internal, output.GetTypeByMetadataName("Consumer.Archive")!.DeclaredAccessibility);
    }

    [Fact]
    public void APartialClassOfTheSameNameElsewhereChangesNothing()
    {
        var consumer = "namespace Other { internal partial class Archive { } } namespace Consumer { internal partial class Letters { } internal partial class Archive<T> { } }";

        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, GeneratorHarness.ConsumerOptions, out _, consumer);

        Assert.Equal(Accessibility.Public, output.GetTypeByMetadataName("Consumer.Archive")!.DeclaredAccessibility);
    }

    [Fact]
    public void AnUnrelatedCodeEditDoesNotRerunTheCatalogOrTheDocuments()
    {
        var parse = new CSharpParseOptions(LanguageVersion.Latest);
        var declaration = CSharpSyntaxTree.ParseText("namespace Consumer { internal partial class Archive { } }", parse);
        var other = CSharpSyntaxTree.ParseText("namespace Consumer { class Other { int X => 1; } }", parse);
        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(declaration, other);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, parseOptions: parse).RunGenerators(compilation);

        var edited = compilation.ReplaceSyntaxTree(other, CSharpSyntaxTree.ParseText("namespace Consumer { class Other { int X => 2; int Y => 3; } }", parse));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        foreach (var step in new[] { TrackingNames.Names, TrackingNames.Catalog, TrackingNames.DocumentSources })
        {
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.True(o.Reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, step + ": " + o.Reason));
        }

        Assert.Contains(result.TrackedSteps[TrackingNames.Names].SelectMany(s => s.Outputs), o => ((Options.GeneratorOptions)o.Value).Accessibility == "internal");
    }

    [Fact]
    public void TheConstantsClassNeverSharesTheCatalogPropertysName()
    {
        var consumer = "using static Consumer.Archive; using Consumer.ArchiveDocuments; internal static class Uses { [System.Obsolete(NoteConstants.Title)] internal static string M() => Note.Title; }";

        var output = Generate(new[] { GeneratorHarness.File("/a/1.md", Doc("Note", "1")) }, GeneratorHarness.ConsumerOptions, out _, consumer);

        AssertCompilesAndEmits(output);
        Assert.Null(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.Note"));
    }

    private static readonly CSharpParseOptions Documented = new(LanguageVersion.Latest, DocumentationMode.Diagnose);

    /// <summary>Runs the generator with documentation on (CS1570 and CS1574 are reported then) over the given C# code.</summary>
    private static Compilation Generate(IEnumerable<AdditionalText> files, IReadOnlyDictionary<string, string> options, out IReadOnlyList<Diagnostic> diagnostics, string? code = null)
    {
        var compilation = code is null ? GeneratorHarness.Compilation() : GeneratorHarness.Compilation().AddSyntaxTrees(CSharpSyntaxTree.ParseText(code, Documented));
        var driver = GeneratorHarness.Driver(files, options, parseOptions: Documented).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        diagnostics = driver.GetRunResult().Diagnostics;
        return output;
    }

    private static void AssertCompilesAndEmits(Compilation output)
    {
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        using var stream = new MemoryStream();
        var emit = output.Emit(stream, xmlDocumentationStream: new MemoryStream());
        Assert.True(emit.Success, string.Join("\n", emit.Diagnostics));
        var warnings = emit.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(warnings.Count == 0, string.Join("\n", warnings));
    }
}
