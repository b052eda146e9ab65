using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using DocGen;

namespace DocGen.Site.Catalog;

/// <summary>One bar of the timeline: a year or a month, how many documents it holds, and the catalog query of it.</summary>
/// <param name="Label">"1950" or "1950-10".</param>
/// <param name="Count">The documents whose date starts in the period.</param>
public sealed record TimelineBar(string Label, int Count)
{
    /// <summary>The catalog view of the period: from and to are the same year or month.</summary>
    public CatalogQuery Query => new() { From = Label, To = Label };
}

/// <summary>
/// The documents counted by the period their date starts in: by month when the dated documents span at most
/// <see cref="MonthlySpanYears"/> years, else by year (a few hundred bars at most for a century). Every period between
/// the first and the last is a bar, empty ones too, so the axis is even. Documents dated only to a year (or decade)
/// count in their year's first month on a monthly timeline; undated ones are left out and counted apart.
/// </summary>
public sealed class Timeline
{
    public const int MonthlySpanYears = 10;

    public Timeline(IEnumerable<ArchiveDocument> documents)
    {
        var counts = new SortedDictionary<int, int>();
        var starts = new List<DatePoint>();
        foreach (var document in documents)
        {
            if (document.Date.IsKnown)
            {
                starts.Add(document.Date.Start);
            }
            else
            {
                Undated++;
            }
        }

        if (starts.Count == 0)
        {
            Bars = Array.Empty<TimelineBar>();
            return;
        }

        var firstYear = starts.Min(p => p.Year);
        var lastYear = starts.Max(p => p.Year);
        IsMonthly = lastYear - firstYear + 1 <= MonthlySpanYears;
        foreach (var start in starts)
        {
            var period = IsMonthly ? (start.Year * 12) + (start.Precision >= DatePrecision.Month ? start.Month - 1 : 0) : start.Year;
            counts[period] = counts.TryGetValue(period, out var count) ? count + 1 : 1;
        }

        var bars = new List<TimelineBar>();
        for (var period = counts.Keys.First(); period <= counts.Keys.Last(); period++)
        {
            bars.Add(new TimelineBar(Label(period), counts.TryGetValue(period, out var count) ? count : 0));
        }

        Bars = bars;
    }

    /// <summary>True when a bar is a month, false when it is a year.</summary>
    public bool IsMonthly { get; }

    public IReadOnlyList<TimelineBar> Bars { get; }

    /// <summary>The documents without a date, which no bar holds.</summary>
    public int Undated { get; }

    private string Label(int period) => IsMonthly
        ? string.Create(CultureInfo.InvariantCulture, $"{period / 12:D4}-{(period % 12) + 1:D2}")
        : period.ToString("D4", CultureInfo.InvariantCulture);
}
