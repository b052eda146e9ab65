using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using CsCheck;
using DocGen.Core.Model;
using DocGen.Core.Formats.Markdown;
using DocGen.Fuzz.Tests.Infrastructure;
using DocGen.Tests.Model;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests;

/// <summary>
/// Property (g), Trojan Source: every bidi control (U+202A-202E, U+2066-2069), zero-width or direction mark
/// (U+200B-200F) and BOM (U+FEFF) in any field reaches generated code only as a \uXXXX escape, never as the character
/// itself; and the analyzer reports DG0023 at each one (up to its limit of 20 a file).
/// </summary>
public class TrojanSourceTests
{
    /// <summary>A long run of N cases runs N / BatchCost batches here (a batch compiles; a parser case does not).</summary>
    public const long BatchCost = 200;

    private readonly ITestOutputHelper _output;

    public TrojanSourceTests(ITestOutputHelper output) => _output = output;

    /// <summary>Documents full of invisible characters, some in the file name (so in the id), a few mutated.</summary>
    private static readonly Gen<FuzzFile[]> Batches = Gens.Batch(
        Gens.Pick(
            (4, Gen.Select(Gens.Trojan, Gen.OneOf("\n", "\r\n"), (d, newline) => d.Render(newline))),
            (1, Gens.Mutated(Gen.Select(Gens.Trojan, d => d.Render())))),
        2,
        10);

    [Fact]
    public void InvisibleCharactersAreEscapedInGeneratedCodeAndReported() =>
        Batches.Check(
            "trojan source: escaped in generated code, DG0023 at each",
            Fuzzing.Iterations(40, BatchCost),
            files =>
            {
                var (result, output) = Generation.Run(files);
                Generation.AssertNoCrash(result);
                AssertOnlyEscaped(result, files);
                AssertReported(files, Generation.Analyze(files));
            },
            _output,
            size: files => files.Sum(f => f.Size),
            items: files => files.Length);

    [Fact]
    public void TheHostileTestDocumentIsEscapedAndReported()
    {
        var files = new[] { FuzzFile.FromText("/archive/hostile\u202E.md", TestDocuments.Hostile) };

        var (result, output) = Generation.Run(files);

        AssertOnlyEscaped(result, files);
        AssertReported(files, Generation.Analyze(files));
        Generation.AssertCompilesCleanly(output);
    }

    /// <summary>No generated character is invisible, and each invisible character of a parsed field shows up escaped.</summary>
    internal static void AssertOnlyEscaped(GeneratorDriverRunResult result, IReadOnlyList<FuzzFile> files)
    {
        foreach (var source in result.Results.Single().GeneratedSources)
        {
            var text = source.SourceText.ToString();
            for (var i = 0; i < text.Length; i++)
            {
                var c = text[i];
                Assert.False(
                    Markers.IsFormat(c) || c is '\u2028' or '\u2029' or '\u0085' or '\r' || (char.IsControl(c) && c != '\n'),
                    $"{source.HintName} holds U+{(int)c:X4} unescaped: {Show.Text(text.Substring(Math.Max(0, i - 60), Math.Min(120, text.Length - Math.Max(0, i - 60))))}");
            }
        }

        var generated = Generation.AllGeneratedText(result);
        foreach (var document in Generation.Expected(files).Values)
        {
            foreach (var c in ModelStrings.Of(document, typeof(DocGen.ArchiveDocument)).SelectMany(s => s).Where(Markers.IsInvisible).Distinct())
            {
                var escape = "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
                Assert.True(generated.Contains(escape, StringComparison.Ordinal), $"{Show.Text(document.Path)} holds U+{(int)c:X4} but the generated code has no {escape}");
            }
        }
    }

    /// <summary>DG0023 for each invisible character of each file (the first 20), pointing at that character.</summary>
    internal static void AssertReported(IReadOnlyList<FuzzFile> files, IEnumerable<Diagnostic> diagnostics)
    {
        var reported = diagnostics.Where(d => d.Id == "DG0023").ToLookup(d => d.Location.GetLineSpan().Path, StringComparer.Ordinal);
        foreach (var file in files.Where(f => f.Path.EndsWith(".md", StringComparison.OrdinalIgnoreCase)))
        {
            var text = file.Decoded;
            var lines = ParserInvariants.Lines(text);
            var expected = lines.SelectMany(line => Enumerable.Range(line.Start, line.Length)).Where(i => Markers.IsFormat(text[i])).Take(20).ToList();
            var actual = reported[file.Path].Select(d => d.Location.SourceSpan.Start).OrderBy(i => i).ToList();
            Assert.True(
                expected.SequenceEqual(actual),
                $"{Show.Text(file.Path)}: DG0023 expected at offsets [{string.Join(", ", expected)}] but reported at [{string.Join(", ", actual)}]");
            foreach (var diagnostic in reported[file.Path])
            {
                var span = diagnostic.Location.GetLineSpan().Span;
                var line = lines[span.Start.Line];
                Assert.Equal(diagnostic.Location.SourceSpan.Start, line.Start + span.Start.Character);
            }
        }
    }
}
