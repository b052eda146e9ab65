using System;
using System.Diagnostics;
using System.IO;
using System.Linq;
using System.Xml;
using DocGen.Core.Formats.Tei;

namespace DocGen.Benchmarks;

/// <summary>
/// The TEI reader over every volume under a folder against its floor, a bare XmlReader pass (same settings, every
/// node's value read) over the same texts, both from memory: best of five passes each, and bytes allocated.
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
        var (floor, floorBytes) = Best(() =>
        {
            foreach (var (_, text) in texts)
            {
                Floor(text);
            }
        });
        var (reader, readerBytes) = Best(() =>
        {
            documents = 0;
            foreach (var (path, text) in texts)
            {
                documents += TeiVolumeReader.Read(path, text).Documents.Count;
            }
        });

        return $"{texts.Length} files, {characters:N0} chars, {documents} documents\n"
            + $"bare XmlReader pass: {floor.TotalMilliseconds:0} ms, {floorBytes / 1048576.0:0.0} MB allocated\n"
            + $"TEI reader:          {reader.TotalMilliseconds:0} ms, {readerBytes / 1048576.0:0.0} MB allocated ({reader.TotalMilliseconds / floor.TotalMilliseconds:0.00}x)";
    }

    private static int Floor(string text)
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

    private static (TimeSpan Time, long Bytes) Best(Action pass)
    {
        pass();
        var best = TimeSpan.MaxValue;
        long bytes = 0;
        for (var i = 0; i < 5; i++)
        {
            GC.Collect();
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            pass();
            var elapsed = clock.Elapsed;
            bytes = GC.GetTotalAllocatedBytes(precise: true) - allocated;
            best = elapsed < best ? elapsed : best;
        }

        return (best, bytes);
    }
}
