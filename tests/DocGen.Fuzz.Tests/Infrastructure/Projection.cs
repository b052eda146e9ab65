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
    public static List<(string Field, string? Value)> Of(ParsedDocument d)
    {
        var list = new List<(string, string?)>
        {
            ("Id", d.Id), ("Title", d.Title), ("Url", d.Url), ("Citation", d.Citation), ("ArchiveName", d.ArchiveName),
            ("Summary", d.Summary), ("Contents", d.Contents), ("Date.Text", d.Date.Text), ("Date.Edtf", d.Date.Edtf),
            ("Date.Start", Point(d.Date.Start.Year, d.Date.Start.Month, d.Date.Start.Day, d.Date.Start.Precision.ToString())),
            ("Date.End", Point(d.Date.End.Year, d.Date.End.Month, d.Date.End.Day, d.Date.End.Precision.ToString())),
            ("Date.Flags", Flags(d.Date.IsRange, d.Date.IsApproximate, d.Date.IsUncertain)),
        };
        Add(list, "Body", d.Body);
        Add(list, "OriginalLanguages", d.OriginalLanguages);
        Add(list, "LanguageTags", d.LanguageTags);
        list.Add(("Sources.Count", Count(d.Sources.Count)));
        for (var i = 0; i < d.Sources.Count; i++)
        {
            var source = d.Sources[i];
            list.Add(($"Sources[{i}].Raw", source.Raw));
            list.Add(($"Sources[{i}].Repository", source.Repository));
            Add(list, $"Sources[{i}].Locators", source.Locators.Select(l => l.Label + "\u0001" + l.Kind + "\u0001" + l.Value));
        }

        Add(list, "Fields", d.Fields.Select(f => (f.Label, f.Value)).OrderBy(f => f.Label, StringComparer.Ordinal).Select(f => f.Label + "\u0001" + f.Value));
        return list;
    }

    public static List<(string Field, string? Value)> Of(DocGen.ArchiveDocument d)
    {
        var list = new List<(string, string?)>
        {
            ("Id", d.Id), ("Title", d.Title), ("Url", d.Url), ("Citation", d.Citation), ("ArchiveName", d.ArchiveName),
            ("Summary", d.Summary), ("Contents", d.Contents), ("Date.Text", d.Date.Text), ("Date.Edtf", d.Date.Edtf),
            ("Date.Start", Point(d.Date.Start.Year, d.Date.Start.Month, d.Date.Start.Day, d.Date.Start.Precision.ToString())),
            ("Date.End", Point(d.Date.End.Year, d.Date.End.Month, d.Date.End.Day, d.Date.End.Precision.ToString())),
            ("Date.Flags", Flags(d.Date.IsRange, d.Date.IsApproximate, d.Date.IsUncertain)),
        };
        Add(list, "Body", d.Body);
        Add(list, "OriginalLanguages", d.OriginalLanguages);
        Add(list, "LanguageTags", d.LanguageTags);
        list.Add(("Sources.Count", Count(d.Sources.Count)));
        for (var i = 0; i < d.Sources.Count; i++)
        {
            var source = d.Sources[i];
            list.Add(($"Sources[{i}].Raw", source.Raw));
            list.Add(($"Sources[{i}].Repository", source.Repository));
            Add(list, $"Sources[{i}].Locators", source.Locators.Select(l => l.Label + "\u0001" + l.Kind + "\u0001" + l.Value));
        }

        Add(list, "Fields", d.Fields.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Key + "\u0001" + f.Value));
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
