using System.Linq;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>The in-memory compile checks see every warning a consumer at the highest warning level would.</summary>
public class HarnessTests
{
    [Fact]
    public void CompileChecksReportWarningWaveDiagnostics()
    {
        // CS8981 (a type name of lower-case ASCII letters only) belongs to warning wave 7: the default level 4 hides it.
        var compilation = GeneratorHarness.Compilation("namespace N { public class lower { } }");

        var problem = Assert.Single(GeneratorHarness.CompileProblems(compilation));

        Assert.Equal("CS8981", problem.Id);
        Assert.Equal(GeneratorHarness.HighestWarningLevel, compilation.Options.WarningLevel);
    }
}
