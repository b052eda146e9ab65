using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Problems;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Generator.Tests;

/// <summary>Inputs and options that would make naive generated code fail to compile, or the generator throw.</summary>
public class RobustNamingTests
{
    private static string Doc(string title, string id) =>
        $"**May 1, 1950**  \n**{title}**\n\n**Citation:**\n\n\"{title}\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <https://digitalarchive.wilsoncenter.org/document/{id}>\n\nBody.\n";

    [Fact]
    public void SameFileHandedOverTwiceIsOneDocumentAndNoCrash()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/t.md", Doc("Note", "1")), GeneratorHarness.File("/a/t.md", Doc("Note", "1")) });

        Assert.Null(result.Results.Single().Exception);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(2, result.Results.Single().GeneratedSources.Length);
    }

    [Theory]
    [InlineData("Shard Of")]
    [InlineData("Index")]
    [InlineData("DocGen Shard 07")]
    [InlineData("Document")]
    [InlineData("Date Text")]
    [InlineData("Equals")]
    [InlineData("To String")]
    [InlineData("Get Hash Code")]
    [InlineData("Reference Equals")]
    public void TitlesNamedLikeGeneratedOrInheritedMembersStillCompile(string title)
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/t.md", Doc(title, "1")) });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal("DG0013", Assert.Single(result.Diagnostics).Id);
    }

    [Theory]
    [InlineData("Count", "Consumer")]
    [InlineData("ShardOf", "Consumer")]
    [InlineData("System", "")]
    [InlineData("DocGen", "")]
    public void UnusableCatalogNameFallsBackToArchiveWithAWarning(string catalog, string rootNamespace)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace, ["build_property.DocGenCatalogName"] = catalog };

        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/t.md", Doc("Note", "1")) }, options);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal("DG0026", warning.Id);
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);

        // About an MSBuild property, not a document: no file to point at.
        Assert.Equal(Location.None, warning.Location);
        Assert.NotNull(output.GetTypeByMetadataName(rootNamespace.Length == 0 ? "Archive" : rootNamespace + ".Archive"));
    }

    [Fact]
    public void UsableCatalogNameIsUsedWithNoDiagnostic()
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.DocGenCatalogName"] = "Letters" };

        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/t.md", Doc("Note", "1")) }, options);

        Assert.Empty(result.Diagnostics);
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.Letters"));
        Assert.Null(output.GetTypeByMetadataName("Consumer.Archive"));
    }

    [Theory]
    [InlineData("class", "My-App.2nd")]
    [InlineData("global", "")]
    [InlineData("Catalog", "class.namespace")]
    public void OddButUsableNamesCompile(string catalog, string rootNamespace)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = rootNamespace, ["build_property.DocGenCatalogName"] = catalog };

        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/t.md", Doc("Class", "1")) }, options);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Fact]
    public void OverrideWithAnInvisibleCharacterIsRejected()
    {
        var options = new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["/a/2.md"] = new Dictionary<string, string> { ["build_metadata.AdditionalFiles.DocGenMemberName"] = "Ab\u200Dc" },
        };

        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/1.md", Doc("Abc", "1")), GeneratorHarness.File("/a/2.md", Doc("Other", "2")) }, fileOptions: options);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal("DG0011", Assert.Single(result.Diagnostics).Id);
    }

    [Fact]
    public void VeryLongWordsAreCutToTheMaximumLength()
    {
        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/1.md", Doc(new string('x', 300) + " tail", "1")) });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var source = result.Results.Single().GeneratedSources.Single(s => s.HintName.StartsWith("Archive.Documents", System.StringComparison.Ordinal)).SourceText.ToString();
        Assert.Contains("public static class X" + new string('x', 79) + "Constants\n", source);
    }

    [Fact]
    public void DecomposedAccentsStayWithTheirLetterAndLettersOutsideTheBmpAreDropped()
    {
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/a/1.md", Doc("Cafe\u0301 \U00020000 Note", "1")) });

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.NotNull(output.GetTypeByMetadataName("Consumer.ArchiveDocuments.Caf\u00e9NoteConstants"));
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.CSharp8)]
    [InlineData(LanguageVersion.Latest)]
    public void OutputCompilesOnEveryLanguageVersionFromCSharp73(LanguageVersion version)
    {
        var parse = new CSharpParseOptions(version);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.File("/a/t.md", TestDocuments.Telegram), GeneratorHarness.File("/a/h.md", TestDocuments.Hostile) }, parseOptions: parse);
        var consumer = CSharpSyntaxTree.ParseText("public static class Uses { public static string M() => Consumer.Archive.Get(\"900001\").Title; }", parse);

        var compilation = GeneratorHarness.Compilation().AddSyntaxTrees(consumer);
        var nullable = version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable;
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(nullable));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var generated = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, generated.Count);

        // Shards this small are string literals in every version: no UTF-8 literal, no byte array, nothing to decode.
        foreach (var shard in generated.Where(t => t.FilePath.Contains("Documents", StringComparison.Ordinal)).Select(t => t.ToString()))
        {
            Assert.Matches(@"\.Assembly,\s+""", shard);
            Assert.DoesNotContain("u8.ToArray()", shard, StringComparison.Ordinal);
            Assert.DoesNotContain("new byte[]", shard, StringComparison.Ordinal);
        }

        Assert.Equal("Telegram from Ambassador Example to the Foreign Ministry", GeneratedAssembly.LoadAll(output).Single(d => d.Id == "900001").Title);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3, "new byte[]")]
    [InlineData(LanguageVersion.CSharp10, "new byte[]")]
    [InlineData(LanguageVersion.Latest, "u8.ToArray()")]
    public void ALargeTableIsUtf8BytesNotAStringLiteral(LanguageVersion version, string form)
    {
        // Every string pooled (nothing embedded), so this body alone puts the shard over the string-literal limit.
        // A string literal that large would count against the 2^24-byte string heap: a 16,000-document archive failed
        // with CS8103 on C# 7.3 before shards over the limit became bytes (a UTF-8 literal from C# 11, else an array).
        var body = string.Concat(Enumerable.Range(0, 9_000).Select(i => "Line " + i + " of a long body \u00e9.\n"));
        var text = TestDocuments.Telegram + body;
        var parse = new CSharpParseOptions(version);
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.File("/a/t.md", text) }, parseOptions: parse);
        var compilation = GeneratorHarness.Compilation();
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(NullableContextOptions.Disable));

        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);

        Assert.True(body.Length > DocGen.Generator.Emit.DocumentEmitter.StringLiteralLimit);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var shard = output.SyntaxTrees.Single(t => t.FilePath.Contains("Documents", StringComparison.Ordinal)).ToString();
        Assert.Contains(form, shard, StringComparison.Ordinal);
        Assert.DoesNotContain(form == "new byte[]" ? "u8.ToArray()" : "new byte[]", shard, StringComparison.Ordinal);
        var document = GeneratedAssembly.LoadAll(output).Single();
        Assert.Equal(DocGen.Core.Formats.Markdown.ArchiveDocumentParser.Parse("/a/t.md", text).Body, document.Body);
    }

    [Fact]
    public void EveryProblemCodeIsTheDiagnosticOfTheSameNumber()
    {
        foreach (var code in Enum.GetValues<ProblemCode>())
        {
            Assert.Equal($"DG{(int)code:0000}", ProblemDiagnostics.For(code).Id);
        }
    }
}
