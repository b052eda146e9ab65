using System.Linq;
using DocGen.Generator.Analyzers;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>Ids written in code ([Cites], Archive.Get) must name a document; a typo is an error with suggestions.</summary>
public class DocumentIdDiagnosticTests
{
    private static readonly AdditionalText[] Files =
    {
        GeneratorHarness.File("/archive/telegram.md", TestDocuments.Telegram),
        GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo),
    };

    [Theory]
    [InlineData("[DocGen.Cites([|\"900011\"|])] public static class Uses { }")]
    [InlineData("public static class Uses { [DocGen.Cites([|\"900011\"|])] public static void M() { } }")]
    [InlineData("public static class Uses { public static object M() => Consumer.Archive.Get([|\"900011\"|]); }")]
    [InlineData("public static class Uses { const string Id = \"900011\"; public static object M() => Consumer.Archive.Get([|Id|]); }")]
    public void UnknownIdIsAnErrorAtTheArgumentWithTheNearestIds(string marked)
    {
        var (code, span) = MarkedText.Parse(marked);

        var diagnostic = Assert.Single(Analyze(code));

        Assert.Equal("DG0030", diagnostic.Id);
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Equal(span, diagnostic.Location.GetLineSpan().Span);
        Assert.Equal("No document in the archive has the id '900011'; did you mean '900001' or '900002'?", diagnostic.GetMessage());
    }

    [Theory]
    [InlineData("[DocGen.Cites(\"900001\")] public static class Uses { }")]
    [InlineData("public static class Uses { public static object M() => Consumer.Archive.Get(\"900002\"); }")]
    [InlineData("public static class Uses { public static object M(string id) => Consumer.Archive.Get(id); }")]
    [InlineData("public static class Uses { public static bool M() => Consumer.Archive.TryGet(\"900011\", out _); }")]
    [InlineData("public static class Uses { public static object M() => Consumer.ArchiveDocuments.MemorandumOnTheHarbourQuestionConstants.Id; }")]
    public void KnownOrNonConstantIdsAreFine(string code) => Assert.Empty(Analyze(code));

    [Fact]
    public void FarOffIdGetsNoSuggestion()
    {
        var diagnostic = Assert.Single(Analyze("[DocGen.Cites(\"unrelated-slug\")] public static class Uses { }"));

        Assert.Equal("No document in the archive has the id 'unrelated-slug'; check the id in the document's URL", diagnostic.GetMessage());
    }

    [Fact]
    public void GetOnOtherTypesIsNotChecked() =>
        Assert.Empty(Analyze("public static class Other { public static object Get(string id) => id; } public static class Uses { public static object M() => Other.Get(\"nope\"); }"));

    private static System.Collections.Generic.IReadOnlyList<Diagnostic> Analyze(string code)
    {
        var driver = GeneratorHarness.Driver(Files);
        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(code), out var output, out _);
        Assert.Empty(GeneratorHarness.CompileProblems(output).Where(d => d.Severity == DiagnosticSeverity.Error));
        return GeneratorHarness.Analyze(output, Files, new DocumentIdAnalyzer());
    }
}
