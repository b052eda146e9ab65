using System.Linq;
using DocGen.Fuzz.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests;

/// <summary>
/// Property (b): whatever the archive holds, the generator never throws (no exception, no CS8785, no DG0014), the
/// analyzer never throws (no AD0001), and the generated code compiles with no error and no warning against the
/// .NET 10 reference assemblies.
/// </summary>
public class GeneratorPropertyTests
{
    /// <summary>A long run of N cases runs N / BatchCost batches here (a batch compiles; a parser case does not).</summary>
    public const long BatchCost = 100;

    private readonly ITestOutputHelper _output;

    public GeneratorPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void GeneratorNeverThrowsAndItsOutputCompilesCleanly() =>
        Gens.Batch(Gens.AnyInput, 1, 12).Check(
            "generator: never throws, output compiles cleanly (batches of 1-12 files)",
            Fuzzing.Iterations(40, BatchCost),
            files =>
            {
                var clock = System.Diagnostics.Stopwatch.StartNew();
                var (result, output) = Generation.Run(files);
                Generation.AssertNoCrash(result);
                var generated = clock.Elapsed;
                Generation.AssertCompilesCleanly(output);
                var compiled = clock.Elapsed;
                Generation.Analyze(files);
                if (clock.Elapsed.TotalSeconds > 30)
                {
                    Fuzzing.AppendReport($"SLOW PHASES\tgenerate {generated.TotalSeconds:F1} s, compile {(compiled - generated).TotalSeconds:F1} s, analyze {(clock.Elapsed - compiled).TotalSeconds:F1} s");
                }
            },
            _output,
            size: files => files.Sum(f => f.Size),
            items: files => files.Length);
}
