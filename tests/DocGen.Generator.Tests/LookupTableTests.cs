using System;
using System.Collections.Generic;
using System.Linq;
using System.Reflection;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// The catalog's lookups are data (a sorted id index and the documents' shards), read at run time: these tests load
/// the compiled output and check that every lookup lands on the right document.
/// </summary>
public class LookupTableTests
{
    private static string Doc(string title, string id) =>
        $"**May 1, 1950**  \n**{title}**\n\n**Citation:**\n\n\"{title}\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. <https://digitalarchive.wilsoncenter.org/document/{id}>\n\nBody of {id}.\n";

    // Ids that are prefixes of one another, and more documents than shards, so shards hold several slots each.
    private static readonly string[] Ids = new[] { "1", "10", "100", "2", "20", "9", "99", "1000000" }
        .Concat(Enumerable.Range(0, 150).Select(i => (700000 + (i * 7)).ToString(System.Globalization.CultureInfo.InvariantCulture)))
        .ToArray();

    private static AdditionalText[] Files() =>
        Ids.Select(id => GeneratorHarness.File("/a/" + id + ".md", Doc("Note number " + id, id))).ToArray();

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void EveryIdFindsItsOwnDocumentAndNoOtherIdFindsAny(bool documentMembers)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.DocGenDocumentMembers"] = documentMembers ? "true" : "false" };
        var (_, _, output) = GeneratorHarness.Run(Files(), options);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);

        foreach (var id in Ids)
        {
            var document = GeneratedAssembly.TryGet(catalog, id);
            Assert.NotNull(document);
            Assert.Equal(id, document!.Id);
            Assert.Equal("Note number " + id, document.Title);
            Assert.Equal(new[] { "Body of " + id + "." }, document.Body);
        }

        foreach (var missing in new[] { string.Empty, "0", "3", "11", "1000", "10000000", "700001", "Z", " 1", "1 " })
        {
            Assert.Null(GeneratedAssembly.TryGet(catalog, missing));
        }
    }

    [Fact]
    public void AllIdsAndCountAgreeAndEachDocumentIsBuiltOnce()
    {
        var (_, _, output) = GeneratorHarness.Run(Files());
        var catalog = GeneratedAssembly.LoadCatalog(output);
        var all = (IReadOnlyList<DocGen.ArchiveDocument>)Static(catalog, "All");
        var ids = (IReadOnlyList<string>)Static(catalog, "Ids");

        Assert.Equal(Ids.Length, (int)catalog.GetField("Count")!.GetRawConstantValue()!);
        Assert.Equal(Ids.Length, all.Count);
        Assert.Equal(all.Select(d => d.Id), ids);
        Assert.Equal(Ids.OrderBy(id => id, StringComparer.Ordinal), ids.OrderBy(id => id, StringComparer.Ordinal));
        for (var i = 0; i < all.Count; i++)
        {
            Assert.Same(all[i], GeneratedAssembly.TryGet(catalog, ids[i]));
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => all[all.Count]);
        Assert.Throws<ArgumentOutOfRangeException>(() => ids[-1]);
    }

    [Fact]
    public void WithDocumentMembersOffOnlyTheCatalogAndTheTablesAreGenerated()
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.DocGenDocumentMembers"] = "false" };
        var (_, _, output) = GeneratorHarness.Run(Files(), options);
        var generated = output.SyntaxTrees.Where(t => t.FilePath.EndsWith(".g.cs", StringComparison.Ordinal)).ToList();

        var types = generated
            .SelectMany(tree => tree.GetRoot().DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>())
            .Select(type => type.Identifier.Text)
            .ToList();
        Assert.Contains("Archive", types);
        Assert.All(types.Where(name => name != "Archive"), name => Assert.StartsWith("DocGenShard", name, StringComparison.Ordinal));
        var catalog = output.GetTypeByMetadataName("Consumer.Archive")!;
        Assert.Equal(
            new[] { "All", "Count", "Get", "Ids", "Index", "ShardOf", "TryGet" },
            catalog.GetMembers().Where(m => !m.IsImplicitlyDeclared && m is not IMethodSymbol { MethodKind: MethodKind.PropertyGet or MethodKind.StaticConstructor }).Select(m => m.Name).OrderBy(n => n, StringComparer.Ordinal));

        var all = GeneratedAssembly.LoadAll(output);
        foreach (var document in all)
        {
            DocumentAssert.SameAsParsed(ArchiveDocumentParser.Parse("/a/" + document.Id + ".md", Doc("Note number " + document.Id, document.Id)), document);
        }
    }

    private static object Static(Type type, string property) =>
        type.GetProperty(property, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;
}
