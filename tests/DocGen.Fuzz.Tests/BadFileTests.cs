using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CsCheck;
using DocGen.Core.Formats.Markdown;
using DocGen.Fuzz.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests;

/// <summary>
/// Property (f): bad files (binary garbage, invalid UTF-8 decoded as Roslyn decodes it, UTF-16, empty and blank files,
/// files over the size limit) get diagnostics, never a crash, and every good document beside them still generates,
/// compiles and round-trips.
/// </summary>
public class BadFileTests
{
    /// <summary>A long run of N cases runs N / BatchCost batches here (a batch compiles; a parser case does not).</summary>
    public const long BatchCost = 500;

    private readonly ITestOutputHelper _output;

    public BadFileTests(ITestOutputHelper output) => _output = output;

    /// <summary>Byte sequences UTF-8 forbids: stray continuation bytes, overlongs, surrogates, truncated sequences, 0xFE/0xFF.</summary>
    private static readonly byte[][] InvalidUtf8 =
    {
        new byte[] { 0x80 }, new byte[] { 0xBF }, new byte[] { 0xC0, 0xAF }, new byte[] { 0xC1, 0xBF }, new byte[] { 0xE0, 0x80, 0xAF },
        new byte[] { 0xED, 0xA0, 0x80 }, new byte[] { 0xED, 0xBF, 0xBF }, new byte[] { 0xF4, 0x90, 0x80, 0x80 }, new byte[] { 0xF8, 0x88, 0x80, 0x80, 0x80 },
        new byte[] { 0xFE }, new byte[] { 0xFF }, new byte[] { 0xE2, 0x80 }, new byte[] { 0xF0, 0x9F, 0x98 }, new byte[] { 0xC3 }, new byte[] { 0x00 },
    };

    /// <summary>A document's UTF-8 bytes with invalid sequences spliced in at random places.</summary>
    private static readonly Gen<byte[]> Corrupted =
        Gen.Select(Gens.DocumentLike, Gen.Select(Gen.OneOf(InvalidUtf8), Gen.Int[0, int.MaxValue]).Array[1, 8], (text, splices) =>
        {
            var bytes = new List<byte>(Encoding.UTF8.GetBytes(text));
            foreach (var (bad, at) in splices)
            {
                bytes.InsertRange(at % (bytes.Count + 1), bad);
            }

            return bytes.ToArray();
        });

    private static readonly Gen<byte[]> BadBytes = Gens.Pick(
        (4, Corrupted),
        (2, Gen.Byte.Array[0, 2000]),
        (1, Gens.DocumentLike.Select(t => Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(t)).ToArray())),
        (1, Gens.DocumentLike.Select(t => Encoding.BigEndianUnicode.GetBytes(t))),
        (1, Gen.OneOf(Array.Empty<byte>(), new byte[] { 0xEF, 0xBB, 0xBF }, new byte[] { 0xFF, 0xFE }, Encoding.UTF8.GetBytes(" \n\t\r\n "), new byte[] { 0xEF, 0xBB, 0xBF, 0x0A })));

    private static readonly Gen<FuzzFile> BadFile = Gens.Pick(
        (6, BadBytes.Select(b => FuzzFile.FromBytes("bad", b))),
        (1, Gen.OneOf(string.Empty, " ", "\n\n\n", "\uFEFF", "\0\0\0", "\uFFFD\uFFFD").Select(t => FuzzFile.FromText("bad", t))));

    /// <summary>
    /// The path of the i-th bad file, in the file-level shapes a real archive can hold: one that differs from a good
    /// file's only in letter case, a deep and long one, and names with characters item metadata cannot carry (';',
    /// '%', a line break) or that globs read (brackets, '*', '#'). In a build the targets handle these (BuildTests);
    /// here the generator must take any path.
    /// </summary>
    private static readonly Gen<Func<int, string>> BadPath = Gen.OneOf<Func<int, string>>(
        i => $"/archive/bad-{i:D2}.md",
        i => $"/archive/GOOD-{i:D2}.md",
        i => "/archive/" + string.Concat(Enumerable.Repeat("a-rather-long-folder-name/", 40)) + $"bad-{i:D2}.md",
        i => $"/archive/bad;{i:D2}.md",
        i => $"/archive/bad%3B{i:D2}%.md",
        i => $"/archive/bad\n{i:D2}\r.md",
        i => $"/archive/bad[{i:D2}]*#.md");

    /// <summary>Good documents and bad files, mixed; sometimes a small size limit so that some of them are over it.</summary>
    private static readonly Gen<(FuzzFile[] Files, int? MaxLength)> Batches =
        from good in Gens.SyntheticText.Array[1, 6]
        from bad in BadFile.Array[1, 6]
        from paths in BadPath.Array[6]
        from order in Gen.Shuffle(Enumerable.Range(0, 12).ToArray())
        from limit in Gens.Pick((3, Gen.Const((int?)null)), (1, Gen.Int[1, 3000].Select(i => (int?)i)))
        select (Mix(good, bad, paths, order), limit);

    [Fact]
    public void BadFilesGetDiagnosticsAndGoodDocumentsStillGenerate() =>
        Batches.Check(
            "bad files: diagnostics, no crash, good documents still generate",
            Fuzzing.Iterations(25, BatchCost),
            batch => CheckBatch(batch.Files, batch.MaxLength),
            _output,
            size: batch => batch.Files.Sum(f => f.Size),
            print: batch => "limit " + batch.MaxLength + "\n" + Show.Value(batch.Files),
            items: batch => batch.Files.Length);

    [Fact]
    public void AFileOverTheDefaultLimitIsReportedAndTheOthersStillGenerate()
    {
        var huge = "**June 5, 1951**  \n**Huge**\n\n" + new string('x', ArchiveDocumentParser.DefaultMaxLength) + "\n";
        var files = new[]
        {
            FuzzFile.FromText("/archive/huge.md", huge),
            FuzzFile.FromText("/archive/telegram.md", TestDocuments.Telegram),
            FuzzFile.FromText("/archive/memo.md", TestDocuments.Memo),
        };

        CheckBatch(files, maxLength: null);
        var diagnostic = Assert.Single(Generation.Analyze(new[] { files[0] }));
        Assert.Equal("DG0015", diagnostic.Id);
    }

    private static void CheckBatch(FuzzFile[] files, int? maxLength)
    {
        var (result, output) = Generation.Run(files, maxLength);
        Generation.AssertNoCrash(result);
        Generation.AssertCompilesCleanly(output);
        var diagnostics = Generation.Analyze(files, maxLength);
        Generation.WithLoaded(output, loaded => Generation.AssertRoundTrip(files, loaded, maxLength));

        // Every file that cannot be a document says so at its path: not valid text, DG0035 (a warning: it is left out
        // whatever its severity); otherwise an error.
        foreach (var file in files)
        {
            if (file.NotValidText)
            {
                Assert.Contains(diagnostics, d => d.Id == "DG0035" && d.Location.GetLineSpan().Path == file.Path);
                continue;
            }

            var parsed = ArchiveDocumentParser.Parse(file.Path, file.Decoded, maxLength ?? ArchiveDocumentParser.DefaultMaxLength);
            if (!parsed.IsUsable)
            {
                Assert.Contains(diagnostics, d => d.Severity == DiagnosticSeverity.Error && d.Location.GetLineSpan().Path == file.Path && d.Id is "DG0001" or "DG0002" or "DG0003" or "DG0015");
            }
        }
    }

    private static FuzzFile[] Mix(string[] good, FuzzFile[] bad, Func<int, string>[] paths, int[] order)
    {
        var all = good.Select((t, i) => FuzzFile.FromText($"/archive/good-{i:D2}.md", t))
            .Concat(bad.Select((f, i) => f.Bytes is { } bytes ? FuzzFile.FromBytes(paths[i](i), bytes) : FuzzFile.FromText(paths[i](i), f.Text!)))
            .ToArray();
        return order.Where(i => i < all.Length).Select(i => all[i]).ToArray();
    }
}
