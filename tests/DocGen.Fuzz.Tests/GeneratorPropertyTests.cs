using System.Linq;
using CsCheck;
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

    /// <summary>
    /// Any namespace and catalog name, from every option that sets one, with titles that may hold noncharacters: the
    /// output compiles and emits with no error or warning with documentation on (CS1570, CS7013, CS0426, CS8981...).
    /// </summary>
    [Fact]
    public void OutputCompilesCleanlyWhateverTheNameOptions() =>
        Gen.Select(Gens.Batch(Gens.SyntheticText, 1, 4), Gens.NameOptions).Check(
            "generator: any namespace and catalog name options, documentation on, output compiles cleanly",
            Fuzzing.Iterations(40, BatchCost),
            pair =>
            {
                var (files, options) = pair;
                var (result, output) = Generation.RunDocumented(files, options);
                Generation.AssertNoCrash(result);
                Generation.AssertCompilesCleanly(output);
            },
            _output,
            size: pair => pair.Item1.Sum(f => f.Size) + pair.Item2.Values.Sum(v => v.Length),
            items: pair => pair.Item1.Length);
}
