using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml;
using DocGen.Core.Formats.Tei;

namespace DocGen.Benchmarks;

/// <summary>
/// The TEI reader over every volume under a folder against its floor, a bare XmlReader pass (same settings, every
/// node's value read) over the same texts, both from memory: the best of seven alternating rounds each, and the bytes one pass allocates.
/// </summary>
internal static class TeiReadCheck
{
    public static string Run(string folder)
    {
        var texts = Directory.GetFiles(folder, "*.xml", SearchOption.AllDirectories)
            .OrderBy(f => f, StringComparer.Ordinal)
            .Select(f => (Path: f, Text: File.ReadAllText(f)))
            .ToArray();
        var characters = texts.Sum(t => (long)t.Text.Length);
        var documents = 0;
        void FloorPass()
        {
            foreach (var (_, text) in texts)
            {
                Floor(text);
            }
        }

        void ReaderPass()
        {
            documents = 0;
            foreach (var (path, text) in texts)
            {
                documents += TeiVolumeReader.Read(path, text).Documents.Count;
            }
        }

        // Alternate the two in each round, so a shared machine's load falls on both alike; keep each one's best.
        FloorPass();
        ReaderPass();
        TimeSpan floor = TimeSpan.MaxValue, reader = TimeSpan.MaxValue;
        long floorBytes = 0, readerBytes = 0;
        for (var round = 0; round < 7; round++)
        {
            var (time, bytes) = Measure(FloorPass);
            (floor, floorBytes) = time < floor ? (time, bytes) : (floor, floorBytes);
            (time, bytes) = Measure(ReaderPass);
            (reader, readerBytes) = time < reader ? (time, bytes) : (reader, readerBytes);
        }

        return $"{texts.Length} files, {characters:N0} chars, {documents} documents\n"
            + $"bare XmlReader pass: {floor.TotalMilliseconds:0} ms, {floorBytes / 1048576.0:0.0} MB allocated\n"
            + $"TEI reader:          {reader.TotalMilliseconds:0} ms, {readerBytes / 1048576.0:0.0} MB allocated ({reader.TotalMilliseconds / floor.TotalMilliseconds:0.00}x)";
    }

    /// <summary>The floor of parsing: every node of the text read once, by the settings the TEI reader uses.</summary>
    public static int Floor(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        var length = 0;
        while (reader.Read())
        {
            length += reader.Value.Length;
        }

        return length;
    }

    /// <summary>One pass after a full collection: its time and the bytes it allocated.</summary>
    public static (TimeSpan Time, long Bytes) Measure(Action pass)
    {
        GC.Collect();
        var allocated = GC.GetTotalAllocatedBytes(precise: true);
        var clock = Stopwatch.StartNew();
        pass();
        var elapsed = clock.Elapsed;
        return (elapsed, GC.GetTotalAllocatedBytes(precise: true) - allocated);
    }
}
