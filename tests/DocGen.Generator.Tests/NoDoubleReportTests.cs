using System.Collections.Generic;
using System.Linq;
using System.Threading;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Tests;

/// <summary>
/// The generator and the analyzers each report their own ids, so a build, which shows all of them together, never
/// shows one problem twice. Run here as a build runs them: the generator first, then every DocGen analyzer over its
/// output, with the same additional files and options.
/// </summary>
public class NoDoubleReportTests
{
    private static readonly Dictionary<string, string> Options = new() { ["build_property.RootNamespace"] = "Consumer" };

    private static string Doc(string date, string title, string id, string body = "Body.") =>
        $"**{date}**  \n**{title}**\n\n**Citation:**\n\n\"{title}\", {date}, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. {id}. <https://digitalarchive.wilsoncenter.org/document/{id}>\n\n{body}\n";

    private static readonly AdditionalText[] Files =
    {
        GeneratorHarness.File("/archive/readme.md", TestDocuments.NotADocument),
        GeneratorHarness.File("/archive/untitled.md", "**May 2, 1950**\n\nBody.\n"),
        GeneratorHarness.File("/archive/spring.md", Doc("Spring of that year", "Spring Note", "600003")),
        GeneratorHarness.File("/archive/first.md", Doc("May 1, 1950", "Trade Note", "600001")),

        // A copy under another title, at a later path: the same id (DG0012) and, with it, the same shelfmark (DG0024).
        GeneratorHarness.File("/archive/trade-copy.md", Doc("May 1, 1950", "Copy of Trade Note", "600001")),
        GeneratorHarness.File("/archive/twin.md", Doc("May 3, 1950", "Trade Note", "600006")),
        GeneratorHarness.File("/archive/bidi.md", Doc("May 4, 1950", "Bidi Note", "600007", "Pay the \u202Esum of 100.")),
    };

    private const string Code = "[DocGen.Cites(\"600002\")] public static class Uses { }";

    [Fact]
    public void GeneratorAndAnalyzersTogetherReportEachProblemOnce()
    {
        var diagnostics = Build();

        var twice = diagnostics.GroupBy(d => (d.Id, d.Location.GetLineSpan().Path, d.Location.GetLineSpan().Span)).Where(g => g.Count() > 1).Select(g => g.Key);
        Assert.Empty(twice);

        // Not vacuous: every problem of the inputs is there.
        Assert.Equal(
            new[]
            {
                "/archive/bidi.md DG0023", "/archive/readme.md DG0001", "/archive/spring.md DG0005", "/archive/trade-copy.md DG0012",
                "/archive/trade-copy.md DG0024", "/archive/twin.md DG0013", "/archive/untitled.md DG0003", "Uses.cs DG0030",
            },
            diagnostics.Select(d => d.Location.GetLineSpan().Path + " " + d.Id).OrderBy(s => s, System.StringComparer.Ordinal));
    }

    /// <summary>What a build prints: the generator's diagnostics, then the compiler's and the analyzers' on its output.</summary>
    private static IReadOnlyList<Diagnostic> Build()
    {
        var input = GeneratorHarness.Compilation().AddSyntaxTrees(Microsoft.CodeAnalysis.CSharp.CSharpSyntaxTree.ParseText(Code, path: "Uses.cs"));
        GeneratorHarness.Driver(Files, Options).RunGeneratorsAndUpdateCompilation(input, out var output, out var generated, CancellationToken.None);
        var analyzers = typeof(ArchiveGenerator).Assembly.GetTypes()
            .Where(type => !type.IsAbstract && typeof(DiagnosticAnalyzer).IsAssignableFrom(type))
            .Select(type => (DiagnosticAnalyzer)System.Activator.CreateInstance(type)!);
        var analyzed = GeneratorHarness.WithAnalyzers(output, Files, analyzers, Options).GetAllDiagnosticsAsync(CancellationToken.None).GetAwaiter().GetResult();
        return generated.Concat(analyzed).Where(d => d.Severity != DiagnosticSeverity.Hidden).ToList();
    }
}
