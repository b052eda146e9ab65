using System;
using System.Collections.Immutable;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Text;
using Microsoft.CodeAnalysis;

namespace DocGen.Benchmarks;

/// <summary>
/// One document whose title is a long run of one shape (a quote, a letter, quoted words), built as the compiler would:
/// the generator's run, then the emit of the consumer with the generated code. For issue 15's stall (a title of
/// straight quotes cost 9 times a title of letters).
/// </summary>
public static class TitleCheck
{
    public static string Run(string shape, int length)
    {
        var unit = shape switch
        {
            "quotes" => "\"",
            "letters" => "x",
            "quoted-words" => "\"a\" ",
            "apostrophes" => "'",
            _ => throw new ArgumentOutOfRangeException(nameof(shape), shape, "quotes, letters, quoted-words or apostrophes"),
        };
        var title = new StringBuilder(length + unit.Length);
        while (title.Length < length)
        {
            title.Append(unit);
        }

        var text = "**June 5, 1951**  \n**" + title.ToString(0, length).TrimEnd() + "**\n\n**Citation:**\n\n\"A Title\", June 5, 1951, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/1>\n\nBody.\n";
        var texts = ImmutableArray.Create<AdditionalText>(new Harness.InMemoryAdditionalText("/bench/Consumer/Archive/title.md", text));
        var clock = Stopwatch.StartNew();
        Harness.Driver(texts).RunGeneratorsAndUpdateCompilation(Harness.Compilation(), out var output, out var diagnostics);
        var generated = clock.Elapsed;
        var emit = output.Emit(Stream.Null);
        var errors = emit.Diagnostics.Count(d => d.Severity == DiagnosticSeverity.Error);
        return $"title of {length:N0} chars ({shape}): generator {generated.TotalSeconds:0.0} s, generator and emit {clock.Elapsed.TotalSeconds:0.0} s, {diagnostics.Length} generator diagnostics, {errors} compile errors";
    }
}
