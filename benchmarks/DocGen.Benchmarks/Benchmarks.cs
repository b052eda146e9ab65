using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Benchmarks;

/// <summary>
/// A short in-process job: one launch, few iterations, so the suite finishes in minutes. BenchmarkDotNet picks
/// how many invocations make an iteration; the 16k runs take seconds each and so run once per iteration.
/// </summary>
public sealed class ShortInProcessConfig : ManualConfig
{
    public ShortInProcessConfig()
    {
        AddJob(Job.Default
            .WithToolchain(InProcessEmitToolchain.Instance)
            .WithLaunchCount(1)
            .WithWarmupCount(2)
            .WithIterationCount(5)
            .WithId("ShortInProcess"));
        AddDiagnoser(BenchmarkDotNet.Diagnosers.MemoryDiagnoser.Default);
    }
}

/// <summary>Goal (a) and (e): a cold generator run at 1k and 16k documents beside reading and splitting the same texts.</summary>
[Config(typeof(ShortInProcessConfig))]
public class ColdRun
{
    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;

    [Params(1000, 16000)]
    public int Documents { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _texts = Harness.Corpus(Documents);
        _compilation = Harness.Compilation();
    }

    /// <summary>The floor: SourceText.ToString of every additional text, split into lines.</summary>
    [Benchmark(Baseline = true)]
    public long ReadAndSplitLines() => Harness.ReadAndSplit(_texts);

    /// <summary>A fresh CSharpGeneratorDriver, RunGenerators over the compilation with the corpus as AdditionalTexts.</summary>
    [Benchmark]
    public GeneratorDriver GeneratorColdRun() => Harness.Driver(_texts).RunGenerators(_compilation);
}

/// <summary>Goal (b): one document's body edited at 16k, through the same driver, beside the cold run.</summary>
[Config(typeof(ShortInProcessConfig))]
public class OneDocumentEdit
{
    public const int Documents = 16000;

    private ImmutableArray<AdditionalText> _texts;
    private CSharpCompilation _compilation = null!;
    private GeneratorDriver _driver = null!;
    private AdditionalText _current = null!;
    private AdditionalText _next = null!;

    [GlobalSetup(Target = nameof(GeneratorColdRun16k))]
    public void SetupCold()
    {
        _texts = Harness.Corpus(Documents);
        _compilation = Harness.Compilation();
    }

    [GlobalSetup(Targets = new[] { nameof(EditOneDocument), nameof(RerunWithoutChange) })]
    public void SetupEdit()
    {
        SetupCold();

        // Fails the benchmark unless exactly the edited document's file changes (see EditCheck).
        System.Console.WriteLine("// edit check: " + EditCheck.Validate(_texts, _compilation));
        _current = _texts[EditCheck.EditedIndex(Documents)];
        _next = EditCheck.Edited(_current);
        _driver = Harness.Driver(_texts).RunGenerators(_compilation);
    }

    [Benchmark(Baseline = true)]
    public GeneratorDriver GeneratorColdRun16k() => Harness.Driver(_texts).RunGenerators(_compilation);

    /// <summary>RunGenerators again with nothing changed: what any run of a warm driver costs at this size.</summary>
    [Benchmark]
    public GeneratorDriver RerunWithoutChange() => _driver = _driver.RunGenerators(_compilation);

    /// <summary>ReplaceAdditionalText of one body, RunGenerators again; each call flips between the two versions.</summary>
    [Benchmark]
    public GeneratorDriver EditOneDocument()
    {
        _driver = _driver.ReplaceAdditionalText(_current, _next).RunGenerators(_compilation);
        (_current, _next) = (_next, _current);
        return _driver;
    }
}
