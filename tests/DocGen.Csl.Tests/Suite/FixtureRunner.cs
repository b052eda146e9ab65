using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;

namespace DocGen.Csl.Tests.Suite;

/// <summary>Renders a fixture as citeproc-test-runner does (SOURCES.md, "How a runner must read a fixture").</summary>
internal static class FixtureRunner
{
    public static string Run(Fixture fixture, string localesFolder)
    {
        var style = CslStyle.Parse(fixture.Section("CSL") ?? throw new InvalidDataException("no CSL section"));
        var items = ItemReader.ReadAll(fixture.Section("INPUT") ?? "[]");
        var processor = new CslProcessor(style, items, tag => LoadLocale(localesFolder, tag));
        var citations = Citations(fixture, out var changedByLast);
        var allIds = items.Select(i => i.Id).ToList();
        if (fixture.Mode == "bibliography")
        {
            // The bibliography holds the cited items when the fixture cites, else every input item.
            var cited = citations?.SelectMany(c => c.Items).Select(c => c.Id).Distinct().ToList();
            return processor.RenderBibliography(cited ?? allIds, OutputFormat.Html);
        }

        if (citations is null)
        {
            // All items registered, sorted as the style sorts them, in one citation.
            var all = new Citation(processor.SortedAsBibliography(allIds).Select(id => new CiteItem(id)).ToList(), 1);
            return processor.RenderCitations(new[] { all }, OutputFormat.Html, allIds)[0];
        }

        var rendered = processor.RenderCitations(citations, OutputFormat.Html, null);
        if (changedByLast is null)
        {
            return string.Join("\n", rendered);
        }

        // CITATIONS: every citation in document order, ">>" where the last call changed it, ".." elsewhere.
        var before = processor.RenderCitations(citations.Where((_, i) => i != changedByLast.Value).ToList(), OutputFormat.Html, null);
        var lines = new List<string>();
        for (var i = 0; i < rendered.Count; i++)
        {
            var j = i < changedByLast.Value ? i : i - 1;
            var changed = i == changedByLast.Value || j >= before.Count || before[j] != rendered[i];
            lines.Add((changed ? ">>" : "..") + "[" + i.ToString(CultureInfo.InvariantCulture) + "] " + rendered[i]);
        }

        return string.Join("\n", lines);
    }

    private static readonly ConcurrentDictionary<string, LocaleData?> Locales = new(StringComparer.Ordinal);

    /// <summary>Locale files are immutable once parsed, so the run parses each once.</summary>
    private static LocaleData? LoadLocale(string folder, string tag) =>
        Locales.GetOrAdd(Path.Combine(folder, "locales-" + tag + ".xml"), path => File.Exists(path) ? LocaleParser.ParseFile(File.ReadAllText(path)) : null);

    /// <summary>The citations in document order, or null when the fixture cites all items at once.
    /// For CITATIONS, <paramref name="changedByLast"/> is the index of the citation the last call inserted.</summary>
    private static List<Citation>? Citations(Fixture fixture, out int? changedByLast)
    {
        changedByLast = null;
        if (fixture.Section("CITATIONS") is { } calls)
        {
            return FromCalls(calls, out changedByLast);
        }

        if (fixture.Section("CITATION-ITEMS") is { } lists)
        {
            using var document = JsonDocument.Parse(lists);
            return document.RootElement.EnumerateArray().Select((list, i) => new Citation(Cites(list), i + 1)).ToList();
        }

        return null;
    }

    /// <summary>Replays processCitationCluster calls: each inserts its citation between citationsPre and citationsPost.</summary>
    private static List<Citation> FromCalls(string json, out int? changedByLast)
    {
        changedByLast = null;
        using var document = JsonDocument.Parse(json);
        var byId = new Dictionary<string, Citation>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var call in document.RootElement.EnumerateArray())
        {
            var citation = call[0];
            var id = citation.GetProperty("citationID").GetString()!;
            var note = citation.TryGetProperty("properties", out var properties) && properties.TryGetProperty("noteIndex", out var index) ? index.GetInt32() : 0;
            byId[id] = new Citation(Cites(citation.GetProperty("citationItems")), note);
            order = new List<string>();
            foreach (var pre in call[1].EnumerateArray())
            {
                var preId = pre[0].GetString()!;
                order.Add(preId);
                if (byId.TryGetValue(preId, out var existing))
                {
                    byId[preId] = existing with { NoteIndex = pre[1].GetInt32() };
                }
            }

            order.Add(id);
            foreach (var post in call[2].EnumerateArray())
            {
                var postId = post[0].GetString()!;
                order.Add(postId);
                if (byId.TryGetValue(postId, out var existing))
                {
                    byId[postId] = existing with { NoteIndex = post[1].GetInt32() };
                }
            }

            changedByLast = call[1].GetArrayLength();
        }

        return order.Where(byId.ContainsKey).Select(id => byId[id]).ToList();
    }

    private static List<CiteItem> Cites(JsonElement list) =>
        list.EnumerateArray().Select(cite => new CiteItem(Text(cite, "id")!)
        {
            Locator = Text(cite, "locator"),
            Label = Text(cite, "label"),
            Prefix = Text(cite, "prefix"),
            Suffix = Text(cite, "suffix"),
            SuppressAuthor = Flag(cite, "suppress-author"),
            AuthorOnly = Flag(cite, "author-only"),
        }).ToList();

    private static string? Text(JsonElement element, string name) =>
        !element.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : value.ValueKind == JsonValueKind.Number ? value.GetRawText()
        : null;

    private static bool Flag(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && (value.ValueKind == JsonValueKind.True || (value.ValueKind == JsonValueKind.Number && value.GetRawText() != "0"));
}
