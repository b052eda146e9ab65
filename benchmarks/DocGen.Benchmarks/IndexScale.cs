using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text;
using System.Threading;
using DocGen.Core.Formats.Tei.Authorities;
using Microsoft.CodeAnalysis;

namespace DocGen.Benchmarks;

/// <summary>
/// Issue 20's scale figures: the generator over real TEI volumes with the indexes on and off (<c>DocGenIndexes</c>),
/// alternating in one process, with an authority file that links every person of every volume's persons list (so
/// <c>People</c> is as large as these volumes can make it). Allocations are the load-independent figure; times are
/// given as the best of each side, alternating.
/// </summary>
internal static class IndexScale
{
    public static void Run(string folder)
    {
        var volumes = Harness.Files(folder);
        var people = PeopleFile(volumes);
        var texts = volumes.Add(people.File);
        var compilation = Harness.Compilation();
        var on = new Dictionary<string, string>();
        var off = new Dictionary<string, string> { ["build_property.DocGenIndexes"] = "false" };
        Console.WriteLine($"{volumes.Length} volumes, {volumes.Sum(t => (long)t.GetText(CancellationToken.None)!.Length):N0} characters; authority file of {people.Entries:N0} entries ({people.File.GetText(CancellationToken.None)!.Length:N0} characters)");

        // A first run of each side for the JIT, not counted.
        Describe("on ", Run(texts, compilation, on).Result);
        Describe("off", Run(texts, compilation, off).Result);
        var times = new Dictionary<bool, List<double>> { [true] = new(), [false] = new() };
        var bytes = new Dictionary<bool, List<long>> { [true] = new(), [false] = new() };
        for (var round = 0; round < 3; round++)
        {
            foreach (var indexes in round % 2 == 0 ? new[] { true, false } : new[] { false, true })
            {
                var (time, allocated, _) = Run(texts, compilation, indexes ? on : off);
                times[indexes].Add(time);
                bytes[indexes].Add(allocated);
            }
        }

        foreach (var indexes in new[] { true, false })
        {
            Console.WriteLine($"indexes {(indexes ? "on " : "off")}: {string.Join(", ", times[indexes].Select(t => t.ToString("0")))} ms; allocated {string.Join(", ", bytes[indexes].Select(b => (b / 1048576.0).ToString("0")))} MB");
        }

        Console.WriteLine($"on/off, best against best: time {times[true].Min() / times[false].Min():0.00}x, allocations {bytes[true].Min() / (double)bytes[false].Min():0.00}x");
    }

    private static (double Time, long Bytes, GeneratorDriverRunResult Result) Run(ImmutableArray<AdditionalText> texts, Microsoft.CodeAnalysis.CSharp.CSharpCompilation compilation, IReadOnlyDictionary<string, string> properties)
    {
        GeneratorDriver driver = null!;
        var (time, bytes) = TeiReadCheck.Measure(() => driver = Harness.Driver(texts, archiveFolder: true, properties: properties).RunGenerators(compilation));
        return (time.TotalMilliseconds, bytes, driver.GetRunResult());
    }

    // What the indexes add to the generated code: their sources' characters, by kind.
    private static void Describe(string side, GeneratorDriverRunResult result)
    {
        var sources = result.Results[0].GeneratedSources;
        long Chars(string ending) => sources.Where(s => s.HintName.EndsWith(ending, StringComparison.Ordinal)).Sum(s => (long)s.SourceText.Length);
        Console.WriteLine($"indexes {side}: {sources.Length} sources, {sources.Sum(s => (long)s.SourceText.Length):N0} characters; People {Chars(".People.g.cs"):N0}, Places {Chars(".Places.g.cs"):N0}, CitedBy {Chars(".CitedBy.g.cs"):N0}, Persons and Terms {Chars(".Authorities.g.cs"):N0}; "
            + $"diagnostics {result.Diagnostics.Length} ({string.Join(", ", result.Diagnostics.GroupBy(d => d.Id).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key + " x" + g.Count()))})");
    }

    /// <summary>An authority file with one entry per person of every volume's persons list, each linked to its entry (names made unique by the volume).</summary>
    private static (AdditionalText File, int Entries) PeopleFile(ImmutableArray<AdditionalText> volumes)
    {
        var text = new StringBuilder("DocGen people 1\n");
        var entries = 0;
        foreach (var volume in volumes)
        {
            var id = System.IO.Path.GetFileNameWithoutExtension(volume.Path);
            foreach (var person in AuthorityListReader.Read(volume.GetText(CancellationToken.None)!.ToString()).Persons)
            {
                entries++;
                text.Append("[p").Append(entries).Append("]\nname: ").Append(person.Name).Append(" (").Append(id).Append(")\nfrus: ")
                    .Append(id).Append('#').Append(person.Id).Append('\n');
            }
        }

        return (new Harness.InMemoryAdditionalText(Harness.ProjectDirectory + "/people.txt", text.ToString()), entries);
    }
}
