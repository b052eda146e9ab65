using System.Linq;
using DocGen.Fuzz.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests;

/// <summary>
/// Property (c): exact round trip. Many documents are compiled together, loaded in a collectible context, and every
/// string each typed document exposes equals what <c>ArchiveDocumentParser.Parse</c> extracted from its file.
/// </summary>
public class RoundTripPropertyTests
{
    /// <summary>A long run of N cases runs N / BatchCost batches here (a batch compiles; a parser case does not).</summary>
    public const long BatchCost = 250;

    private readonly ITestOutputHelper _output;

    public RoundTripPropertyTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void CompiledDocumentsEqualParsedDocuments() =>
        Gens.Batch(Gens.DocumentLike, 5, 30).Check(
            "round trip: compiled documents equal parsed documents (batches of 5-30)",
            Fuzzing.Iterations(25, BatchCost),
            files =>
            {
                var (result, output) = Generation.Run(files);
                Generation.AssertNoCrash(result);
                Generation.AssertCompilesCleanly(output);
                Generation.WithLoaded(output, loaded => Generation.AssertRoundTrip(files, loaded));
            },
            _output,
            size: files => files.Sum(f => f.Size),
            items: files => files.Length);

    /// <summary>
    /// The same with the files embedded (UTF-8 bytes, as the build targets do): long strings are sliced out of the
    /// resource at run time, and must still equal what the parser read from the text the compiler decoded.
    /// </summary>
    [Fact]
    public void SlicedDocumentsEqualParsedDocuments() =>
        Gens.Batch(Gens.DocumentLike, 5, 30).Check(
            "round trip, embedded: sliced documents equal parsed documents (batches of 5-30)",
            Fuzzing.Iterations(25, BatchCost),
            files =>
            {
                var utf8 = files.Select(f => f.Bytes is null ? FuzzFile.FromBytes(f.Path, System.Text.Encoding.UTF8.GetBytes(f.Text!)) : f).ToArray();
                var (result, output, resources) = Generation.RunEmbedded(utf8);
                Generation.AssertNoCrash(result);
                Generation.AssertCompilesCleanly(output);
                Generation.WithLoaded(output, loaded => Generation.AssertRoundTrip(utf8, loaded), resources);
            },
            _output,
            size: files => files.Sum(f => f.Size),
            items: files => files.Length);
}
