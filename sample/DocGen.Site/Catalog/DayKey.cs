using System.Globalization;
using DocGen;

namespace DocGen.Site.Catalog;

/// <summary>
/// Days as yyyymmdd numbers, which order as the days do: the date filter and the timeline compare documents with
/// them. A date known to the year or month covers all its days (a month's last day is counted as 31: no day lies
/// between it and the next month).
/// </summary>
public static class DayKey
{
    public static int Of(int year, int month, int day) => (year * 10000) + (month * 100) + day;

    /// <summary>The first and last day a document's date covers, or null when it is undated.</summary>
    public static (int First, int Last)? Span(DocumentDate date)
    {
        if (!date.IsKnown)
        {
            return null;
        }

        var first = First(date.Start);
        var last = Last(date.IsRange && date.End.IsKnown ? date.End : date.Start);
        return (first, last < first ? first : last);
    }

    /// <summary>
    /// Reads a bound of the query string: "1950", "1950-10" or "1950-10-08". A "from" bound is the first day it names,
    /// a "to" bound the last. Anything else is no bound.
    /// </summary>
    public static int? Parse(string? text, bool last)
    {
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        var parts = text.Split('-');
        if (parts.Length > 3 || !TryNumber(parts[0], 4, 1, 9999, out var year))
        {
            return null;
        }

        var month = last ? 12 : 1;
        var day = last ? 31 : 1;
        if (parts.Length > 1 && !TryNumber(parts[1], 2, 1, 12, out month))
        {
            return null;
        }

        if (parts.Length > 2 && !TryNumber(parts[2], 2, 1, 31, out day))
        {
            return null;
        }

        return Of(year, month, day);
    }

    private static int First(DatePoint point) => point.Precision switch
    {
        DatePrecision.Day => Of(point.Year, point.Month, point.Day),
        DatePrecision.Month => Of(point.Year, point.Month, 1),
        _ => Of(point.Year, 1, 1),
    };

    private static int Last(DatePoint point) => point.Precision switch
    {
        DatePrecision.Day => Of(point.Year, point.Month, point.Day),
        DatePrecision.Month => Of(point.Year, point.Month, 31),
        DatePrecision.Decade => Of(point.Year + 9, 12, 31),
        _ => Of(point.Year, 12, 31),
    };

    private static bool TryNumber(string text, int digits, int min, int max, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && text.Length == digits && value >= min && value <= max;
}
