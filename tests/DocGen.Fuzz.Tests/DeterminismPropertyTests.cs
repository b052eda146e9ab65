using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using DocGen.Fuzz.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests;

/// <summary>
/// Property (e): the same documents give byte-identical generated sources, and the same diagnostics at the same
/// lines and columns, whatever the order the compiler hands them over, their line ends (LF, CRLF, CR), a byte-order
/// mark, and the culture (tr-TR, ar-SA, ja-JP) the compiler runs under.
/// </summary>
public class DeterminismPropertyTests
{
    /// <summary>A long run of N cases runs N / BatchCost batches here (a batch compiles; a parser case does not).</summary>
    public const long BatchCost = 250;

    private static readonly string[] Cultures = { "tr-TR", "ar-SA", "ja-JP" };

    private readonly ITestOutputHelper _output;

    public DeterminismPropertyTests(ITestOutputHelper output) => _output = output;

    /// <summary>A batch: synthetic documents (whose line ends the test may change) and mutated or real ones (which it may not).</summary>
    private static readonly Gen<Case> Cases =
        from documents in Gens.Synthetic.Array[1, 6]
        from others in Gens.Pick((1, (Gen<string>)Gens.Record), (2, Gens.Mutated(Gens.SyntheticText))).Array[0, 3]
        from newline in Gen.OneOf("\n", "\r\n", "\r")
        from bom in Gen.Bool.Array[9]
        from order in Gen.Shuffle(Enumerable.Range(0, 9).ToArray())
        from culture in Gen.OneOf(Cultures)
        select new Case(documents, others, newline, bom, order, culture);

    [Fact]
    public void SameDocumentsGiveIdenticalOutput() =>
        Cases.Check(
            "determinism: order, line ends, BOM and culture change nothing",
            Fuzzing.Iterations(40, BatchCost),
            @case =>
            {
                var baseline = Baseline(@case);
                var variant = Variant(@case);
                var expected = Observe(baseline, culture: null);
                var actual = Observe(variant, @case.Culture);
                Assert.True(expected.Sources == actual.Sources, "generated sources differ under " + @case.Describe() + ":\n" + FirstDifference(expected.Sources, actual.Sources));
                Assert.Equal(expected.Diagnostics, actual.Diagnostics);
            },
            _output,
            size: @case => @case.Documents.Sum(d => d.Render().Length),
            print: @case => @case.ToString(),
            items: @case => @case.Documents.Length + @case.Others.Length);

    [Fact]
    public void EveryCultureGivesTheSameOutputAsTheInvariantCulture()
    {
        // The whole synthetic vocabulary (Turkish dotted and dotless i included) under each culture, compared directly.
        var pcg = new PCG(1, 20_251_127);
        var files = Enumerable.Range(0, 40).Select(i => FuzzFile.FromText($"/archive/{i:D3}.md", Gens.SyntheticText.Generate(pcg, null, out _))).ToArray();
        var expected = Observe(files, CultureInfo.InvariantCulture.Name);
        foreach (var culture in Cultures)
        {
            var actual = Observe(files, culture);
            Assert.True(expected.Sources == actual.Sources, culture + ":\n" + FirstDifference(expected.Sources, actual.Sources));
            Assert.Equal(expected.Diagnostics, actual.Diagnostics);
        }
    }

    private static FuzzFile[] Baseline(Case @case) =>
        Paths(@case).Select(p => FuzzFile.FromText(p.Path, p.Text)).ToArray();

    private static FuzzFile[] Variant(Case @case)
    {
        var files = Paths(@case).Select((p, i) =>
        {
            var text = p.Synthetic is { } document ? document.Render(@case.Newline, @case.Bom[i % @case.Bom.Length]) : p.Text;
            return FuzzFile.FromText(p.Path, text);
        }).ToArray();
        return @case.Order.Where(i => i < files.Length).Select(i => files[i]).ToArray();
    }

    private static List<(string Path, string Text, SyntheticDocument? Synthetic)> Paths(Case @case) =>
        @case.Documents.Select((d, i) => ($"/archive/{i:D3}.md", d.Render(), (SyntheticDocument?)d))
            .Concat(@case.Others.Select((t, i) => ($"/archive/other-{i:D3}.md", t, (SyntheticDocument?)null)))
            .ToList();

    /// <summary>Generated sources by hint name, and every diagnostic (generator's and analyzer's) with its line and column.</summary>
    private static (string Sources, List<string> Diagnostics) Observe(FuzzFile[] files, string? culture)
    {
        var (before, beforeUi) = (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture);
        try
        {
            if (culture is not null)
            {
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo(culture);
            }

            var (result, _) = Generation.Run(files);
            Generation.AssertNoCrash(result);
            var diagnostics = result.Diagnostics.Concat(Generation.Analyze(files)).Select(Describe).OrderBy(d => d, StringComparer.Ordinal).ToList();
            return (Generation.AllGeneratedText(result), diagnostics);
        }
        finally
        {
            (CultureInfo.CurrentCulture, CultureInfo.CurrentUICulture) = (before, beforeUi);
        }
    }

    private static string Describe(Diagnostic d)
    {
        var span = d.Location.GetLineSpan();
        return $"{span.Path}({span.StartLinePosition.Line},{span.StartLinePosition.Character},{span.EndLinePosition.Line},{span.EndLinePosition.Character}) {d.Id} {d.Severity}: {d.GetMessage(CultureInfo.InvariantCulture)}";
    }

    private static string FirstDifference(string expected, string actual)
    {
        var at = 0;
        while (at < expected.Length && at < actual.Length && expected[at] == actual[at])
        {
            at++;
        }

        var from = Math.Max(0, at - 200);
        return "expected …" + Show.Text(expected.Substring(from, Math.Min(400, expected.Length - from))) + "\nactual   …" + Show.Text(actual.Substring(from, Math.Min(400, actual.Length - from)));
    }

    public sealed record Case(SyntheticDocument[] Documents, string[] Others, string Newline, bool[] Bom, int[] Order, string Culture)
    {
        public string Describe() => $"newline {Show.Text(Newline)}, BOM {string.Join("", Bom.Select(b => b ? '1' : '0'))}, order {string.Join(",", Order)}, culture {Culture}";

        public override string ToString() => Describe() + "\n" + string.Join("\n", Documents.Select(d => d.ToString()).Concat(Others.Select(o => Show.Text(o))));
    }
}
