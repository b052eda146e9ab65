using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocGen.Core.Model;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// Every value a typed document exposes, as (field, value) pairs in a fixed order, from the parser's model and from
/// the compiled document alike, so the two compare exactly and a mismatch names its field.
/// </summary>
public static class Projection
{
    public static List<(string Field, string? Value)> Of(ParsedDocument d) => Build(
        new Common(d.Id, d.Title, d.Url, d.Citation, d.ArchiveName, d.Summary, d.Contents, d.Date.Text, d.Date.Edtf),
        Point(d.Date.Start.Year, d.Date.Start.Month, d.Date.Start.Day, d.Date.Start.Precision.ToString()),
        Point(d.Date.End.Year, d.Date.End.Month, d.Date.End.Day, d.Date.End.Precision.ToString()),
        Flags(d.Date.IsRange, d.Date.IsApproximate, d.Date.IsUncertain),
        d.Body, d.OriginalLanguages, d.LanguageTags,
        d.Sources.Select(s => (s.Raw, s.Repository, s.Locators.Select(l => l.Label + "\u0001" + l.Kind + "\u0001" + l.Value))),
        d.Fields.Select(f => (f.Label, f.Value)));

    public static List<(string Field, string? Value)> Of(DocGen.ArchiveDocument d) => Build(
        new Common(d.Id, d.Title, d.Url, d.Citation, d.ArchiveName, d.Summary, d.Contents, d.Date.Text, d.Date.Edtf),
        Point(d.Date.Start.Year, d.Date.Start.Month, d.Date.Start.Day, d.Date.Start.Precision.ToString()),
        Point(d.Date.End.Year, d.Date.End.Month, d.Date.End.Day, d.Date.End.Precision.ToString()),
        Flags(d.Date.IsRange, d.Date.IsApproximate, d.Date.IsUncertain),
        d.Body, d.OriginalLanguages, d.LanguageTags,
        d.Sources.Select(s => (s.Raw, s.Repository, s.Locators.Select(l => l.Label + "\u0001" + l.Kind + "\u0001" + l.Value))),
        d.Fields.Select(f => (f.Key, f.Value)));

    /// <summary>The scalar strings both models share, named in projection order.</summary>
    private sealed record Common(string? Id, string? Title, string? Url, string? Citation, string? ArchiveName, string? Summary, string? Contents, string? DateText, string? Edtf);

    private static List<(string Field, string? Value)> Build(
        Common c, string start, string end, string flags, IEnumerable<string> body, IEnumerable<string> languages, IEnumerable<string> tags,
        IEnumerable<(string Raw, string? Repository, IEnumerable<string> Locators)> sources, IEnumerable<(string Label, string Value)> fields)
    {
        var list = new List<(string, string?)>
        {
            ("Id", c.Id), ("Title", c.Title), ("Url", c.Url), ("Citation", c.Citation), ("ArchiveName", c.ArchiveName),
            ("Summary", c.Summary), ("Contents", c.Contents), ("Date.Text", c.DateText), ("Date.Edtf", c.Edtf),
            ("Date.Start", start), ("Date.End", end), ("Date.Flags", flags),
        };
        Add(list, "Body", body);
        Add(list, "OriginalLanguages", languages);
        Add(list, "LanguageTags", tags);
        var sourceList = sources.ToList();
        list.Add(("Sources.Count", Count(sourceList.Count)));
        for (var i = 0; i < sourceList.Count; i++)
        {
            list.Add(($"Sources[{i}].Raw", sourceList[i].Raw));
            list.Add(($"Sources[{i}].Repository", sourceList[i].Repository));
            Add(list, $"Sources[{i}].Locators", sourceList[i].Locators);
        }

        Add(list, "Fields", fields.OrderBy(f => f.Label, StringComparer.Ordinal).Select(f => f.Label + "\u0001" + f.Value));
        return list;
    }

    /// <summary>The first field whose values differ, shown exactly; null when all are equal.</summary>
    public static string? FirstDifference(List<(string Field, string? Value)> expected, List<(string Field, string? Value)> actual)
    {
        for (var i = 0; i < Math.Max(expected.Count, actual.Count); i++)
        {
            var want = i < expected.Count ? expected[i] : ("(missing)", null);
            var got = i < actual.Count ? actual[i] : ("(missing)", null);
            if (want.Item1 != got.Item1 || !string.Equals(want.Item2, got.Item2, StringComparison.Ordinal))
            {
                return $"{want.Item1} / {got.Item1}: parsed {Show.Text(want.Item2, 600)} but compiled {Show.Text(got.Item2, 600)}";
            }
        }

        return null;
    }

    private static void Add(List<(string, string?)> list, string name, IEnumerable<string> values)
    {
        var items = values.ToList();
        list.Add((name + ".Count", Count(items.Count)));
        for (var i = 0; i < items.Count; i++)
        {
            list.Add(($"{name}[{i}]", items[i]));
        }
    }

    private static string Count(int count) => count.ToString(CultureInfo.InvariantCulture);

    private static string Point(int year, int month, int day, string precision) =>
        string.Format(CultureInfo.InvariantCulture, "{0}-{1}-{2} {3}", year, month, day, precision);

    private static string Flags(bool range, bool approximate, bool uncertain) =>
        (range ? "range " : string.Empty) + (approximate ? "approximate " : string.Empty) + (uncertain ? "uncertain" : string.Empty);
}
