using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text;
using DocGen.Core.Formats;
using DocGen.Core.Model;
using DocGen.Core.Tests.Infrastructure;
using DocGen.Generator.Emit;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Storage;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// A file of many documents (a TEI volume), embedded: each document's strings are sliced out of its own range of the
/// file, so slicing the volume costs its length, an edit of one paragraph re-emits only that document's shard and the
/// file's table, and the runtime still reads every string back.
/// </summary>
public class VolumeSlicesTests
{
    private const string Path = "/archive/frus1899Many.xml";

    /// <summary>A volume of <paramref name="count"/> documents, each with a heading, a dateline and two paragraphs long enough to slice.</summary>
    internal static string Volume(int count, Func<int, string?>? paragraph = null)
    {
        var text = new StringBuilder("""
            <?xml version="1.0" encoding="UTF-8"?>
            <TEI xmlns="http://www.tei-c.org/ns/1.0" xml:id="frus1899Many">
            <teiHeader><fileDesc><titleStmt><title type="complete">Papers Relating to the Foreign Relations of the United States, 1899, Many Harbours</title>
            <title type="volume">Many Harbours</title></titleStmt>
            <publicationStmt><date>1901</date><idno type="frus">frus1899Many</idno></publicationStmt></fileDesc></teiHeader>
            <text><body>

            """);
        for (var i = 1; i <= count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            text.Append("<div type=\"document\" xml:id=\"d").Append(n).Append("\" n=\"").Append(n).Append("\">\n")
                .Append("<head>Mr. Alder to Mr. Brook, on the harbour dues of port number ").Append(n).Append(".</head>\n")
                .Append("<opener><dateline><placeName>Port Esk</placeName>, <date when=\"1899-01-05\">January 5, 1899</date>.</dateline></opener>\n")
                .Append("<p>").Append(paragraph?.Invoke(i) ?? "The harbour dues of port " + n + " were raised this morning by the port captain, without notice.").Append("</p>\n")
                .Append("<p>I have protested in writing against the new dues of port ").Append(n).Append(" and await the reply of the governor.</p>\n")
                .Append("</div>\n");
        }

        return text.Append("</body></text></TEI>\n").ToString();
    }

    private static ImmutableArray<ParsedInput> Parse(string text) =>
        DocumentStage.Parse(new DocumentInput(Path, text, null, int.MaxValue, "DocGen.Archive.0123456789abcdef"), DocumentReaders.Default, default);

    /// <summary>Characters the slice search visited over all of a volume's records, and how many strings it sliced.</summary>
    private static (long Visited, int Sliced) Slice(string text)
    {
        long visited = 0;
        var sliced = 0;
        foreach (var input in Parse(text))
        {
            var pool = new PoolWriter();
            var record = RecordWriter.Write(StoredDocumentWriter.From(input.Content, input.Embedded), input.Embedded!.Text, pool, out var spent);
            visited += spent;
            sliced += record.Count(number => number > 0);
        }

        return (visited, sliced);
    }

    [Fact]
    public void SlicingAVolumeCostsItsLengthNotItsDocumentsTimesItsLength()
    {
        var small = Volume(50);
        var large = Volume(400);

        var (smallVisited, smallSliced) = Slice(small);
        var (largeVisited, largeSliced) = Slice(large);

        // The strings are still sliced, not pooled because a budget ran out (8 times the documents, 8 times the slices).
        Assert.True(smallSliced > 50 * 3, smallSliced + " numbers of slices");
        Assert.InRange(largeSliced, 8 * smallSliced * 9 / 10, 8 * smallSliced * 11 / 10);

        // Linear: 8 times the documents cost about 8 times the characters, within the budget of 16 visits per character
        // of the file. Searched in the whole file, each value a document's div does not hold (its id, its URL, the
        // volume's title) cost a scan of the whole file: 64 times the characters, and far over the budget.
        Assert.True(largeVisited <= 16L * large.Length, largeVisited + " characters visited for a file of " + large.Length);
        Assert.InRange(largeVisited, 7 * smallVisited, 9 * smallVisited);
    }

    [Fact]
    public void EachDocumentOfAVolumeHoldsOnlyItsOwnDiv()
    {
        var text = Volume(3);

        var inputs = Parse(text);

        Assert.Equal(new[] { 1, 2, 3 }, inputs.Select(input => input.Embedded!.Part));
        foreach (var input in inputs)
        {
            var own = input.Embedded!.Text;
            Assert.StartsWith("<div type=\"document\" xml:id=\"d" + input.Part + "\"", own, StringComparison.Ordinal);
            Assert.EndsWith("</div>", own, StringComparison.Ordinal);
            Assert.Equal(own, text.Substring(input.FileStart, own.Length));
            Assert.Equal(text.Length, input.FileLength);
        }
    }

    [Fact]
    public void EditingOneParagraphOfAnEmbeddedVolumeReemitsOnlyThatDocumentsShardAndTheFilesTable()
    {
        const int count = 40;
        var archive = EmbeddedArchive.Of((Path, Volume(count)), ("/archive/memo.md", TestDocuments.Memo));
        var files = archive.Files.ToArray();
        var (driver, _, _) = GeneratorHarness.Run(files, fileOptions: archive.FileOptions);

        // Longer text in d3: every document after it moves in the file.
        var edited = Volume(count, i => i == 3 ? "The harbour dues of port 3 were raised twice this morning by the port captain, without any notice." : null);
        var result = driver.ReplaceAdditionalText(files[0], EmbeddedArchive.FromBytes(Path, Encoding.UTF8.GetBytes(edited), new UTF8Encoding(false, true)))
            .RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();

        var shards = result.TrackedSteps[TrackingNames.DocumentSources].SelectMany(s => s.Outputs).ToList();
        Assert.True(shards.Count > 10, shards.Count + " shards");
        var shard = Assert.Single(shards, o => !StepRuns.IsReused(o.Reason));
        Assert.Contains("frus1899Many/d3", ((ShardModel)shard.Value).Documents.Select(d => d.Document.Id));

        var table = Assert.Single(result.TrackedSteps[TrackingNames.FileTables].SelectMany(s => s.Outputs));
        Assert.False(StepRuns.IsReused(table.Reason));
        Assert.Equal(edited.Length, ((FileTableModel)table.Value).Length);
        Assert.All(result.TrackedSteps[TrackingNames.Catalog].SelectMany(s => s.Outputs), o => Assert.True(StepRuns.IsReused(o.Reason), o.Reason.ToString()));
    }

    [Fact]
    public void NestedDocumentDivsHoldNoTextTwice()
    {
        // 400 document divs, each inside the one before: with whole ranges the documents held 200 times the file.
        const int count = 400;
        var text = new StringBuilder("<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xml:id=\"frus1899Nest\"><teiHeader><fileDesc><titleStmt><title type=\"complete\">Nest</title></titleStmt><publicationStmt><date>1901</date><idno type=\"frus\">frus1899Nest</idno></publicationStmt></fileDesc></teiHeader><text><body>\n");
        for (var i = 1; i <= count; i++)
        {
            text.Append("<div type=\"document\" xml:id=\"d").Append(i).Append("\" n=\"").Append(i).Append("\"><head>Doc ").Append(i).Append("</head>\n");
        }

        text.Insert(text.Length, "</div>\n", count);
        var file = text.Append("</body></text></TEI>\n").ToString();

        var inputs = DocumentStage.Parse(new DocumentInput("/archive/frus1899Nest.xml", file, null, int.MaxValue, "DocGen.Archive.0123456789abcdef"), DocumentReaders.Default, default);

        Assert.Equal(count, inputs.Length);
        Assert.InRange(inputs.Sum(input => (long)input.Embedded!.Text.Length), 1, file.Length);
        Assert.StartsWith("<div type=\"document\" xml:id=\"d400\"", inputs[count - 1].Embedded!.Text, StringComparison.Ordinal);
    }

    [SharedDataFact("frus")]
    public void TheRuntimeReadsEveryDocumentOfARealEmbeddedVolumeBackAsParsed()
    {
        var text = System.IO.File.ReadAllText(SharedData.Path(SharedData.Frus, "frus1894Nicaragua.xml"));
        var archive = EmbeddedArchive.Of(("/archive/frus1894Nicaragua.xml", text));

        var (_, _, output) = archive.Run();

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var all = GeneratedAssembly.LoadAll(output, resources: archive.Resources);
        var parsed = DocumentReaders.Default.Read("/archive/frus1894Nicaragua.xml", text, int.MaxValue);
        Assert.Equal(138, all.Count);
        foreach (var document in parsed)
        {
            DocumentAssert.SameAsParsed(document, all.Single(d => d.Id == document.Id));
        }
    }

    [Fact]
    public void TheRuntimeReadsEveryDocumentOfAnEmbeddedVolumeBackAsParsed()
    {
        var text = Volume(30);
        var archive = EmbeddedArchive.Of((Path, text), ("/archive/frus1899Test.xml", TeiTestVolume.Text), ("/archive/memo.md", TestDocuments.Memo));

        var (_, result, output) = archive.Run();

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.Equal(2, output.SyntaxTrees.Count(tree => tree.FilePath.Contains(".Files.", StringComparison.Ordinal)));
        var all = GeneratedAssembly.LoadAll(output, resources: archive.Resources);
        var parsed = DocumentReaders.Default.Read(Path, text, int.MaxValue)
            .Concat(DocumentReaders.Default.Read("/archive/frus1899Test.xml", TeiTestVolume.Text, int.MaxValue))
            .Concat(DocumentReaders.Default.Read("/archive/memo.md", TestDocuments.Memo, int.MaxValue))
            .ToList();
        Assert.Equal(parsed.Count, all.Count);
        foreach (var document in parsed)
        {
            DocumentAssert.SameAsParsed(document, all.Single(d => d.Id == document.Id));
        }
    }
}
