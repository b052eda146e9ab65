using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// The value types the pipeline's steps carry. The driver's generic nodes (tables, transforms, combines) are compiled once
/// for all classes but once more for every value type, so each new shape costs a process's first run hundreds of JIT
/// compilations (docs/performance.md). A step that needs a new one should wrap it in a class (Collected, SpanSupport).
/// </summary>
public class PipelineShapeTests
{
    // Collect's own array, the diagnostics lists, and the tuples of a combine of two and of three.
    private static readonly string[] Allowed =
    {
        "ImmutableArray<C>", "EquatableArray<C>", "ValueTuple<C,C>", "ValueTuple<ValueTuple<C,C>,C>",
    };

    [Fact]
    public void EveryStepCarriesAClassOrOneOfTheAllowedValueTypes()
    {
        var files = new[]
        {
            GeneratorHarness.File("/archive/memo.md", TestDocuments.Memo),
            GeneratorHarness.File("/archive/people.txt", "DocGen people 1\n[stalin]\nname: Filippov\n"),
            GeneratorHarness.File("/archive/frus1969-76v19p1.xml", TeiTestVolume.Linked("d1")),
            GeneratorHarness.File("/archive/frus1969-76v19p2.xml", TeiTestVolume.Linked("frus1969-76v19p1#pg_1", "frus1969-76v19p2")),
            GeneratorHarness.File("/project/Styles/journal.csl", System.IO.File.ReadAllText(Repository.Path("tests", "DocGen.Citations.Tests", "Styles", "historical-journal.csl"))),
        };
        // Every branch that makes a value: a style file, a page of another volume cited, the user's own catalog declaration.
        var run = GeneratorHarness.Driver(files, GeneratorHarness.ConsumerOptions)
            .RunGenerators(GeneratorHarness.Compilation("namespace Consumer { internal partial class Archive { } }"))
            .GetRunResult().Results.Single();
        Assert.Empty(run.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error));

        var steps = new HashSet<IncrementalGeneratorRunStep>();
        foreach (var step in run.TrackedSteps.Values.Concat(run.TrackedOutputSteps.Values).SelectMany(s => s))
        {
            Visit(step, steps);
        }

        var shapes = steps.SelectMany(s => s.Outputs).Where(o => o.Value is not null).Select(o => o.Value.GetType()).Where(t => t.IsValueType).Select(Shape).Distinct().OrderBy(s => s, StringComparer.Ordinal).ToList();
        Assert.True(steps.Count > 40, $"only {steps.Count} steps were seen");
        Assert.Contains("ValueTuple<C,C>", shapes);
        Assert.Empty(shapes.Except(Allowed));
    }

    [Fact]
    public void ShapeNamesValueTypesAndFoldsClasses()
    {
        Assert.Equal("ValueTuple<ValueTuple<C,C>,Boolean>", Shape(typeof(ValueTuple<ValueTuple<string, object>, bool>)));
        Assert.Equal("C", Shape(typeof(List<int>)));
    }

    private static void Visit(IncrementalGeneratorRunStep step, HashSet<IncrementalGeneratorRunStep> seen)
    {
        if (seen.Add(step))
        {
            foreach (var (source, _) in step.Inputs)
            {
                Visit(source, seen);
            }
        }
    }

    // A class is "C" whatever it is (the JIT shares one compiled copy among classes); a value type keeps its name.
    private static string Shape(Type type)
    {
        if (!type.IsValueType)
        {
            return "C";
        }

        if (!type.IsGenericType)
        {
            return type.Name;
        }

        var name = type.Name.Substring(0, type.Name.IndexOf('`'));
        return name + "<" + string.Join(",", type.GetGenericArguments().Select(Shape)) + ">";
    }
}
