using System;

namespace DocGen.Core.Dates;

/// <summary>
/// One end of a date: the year, month (1-12, or 0 when not known) and day (1-31, or 0 when not known).
/// For <see cref="DatePrecision.Decade"/> the year is the decade's first year (1950 for "1950s").
/// </summary>
public readonly record struct DatePoint(int Year, int Month, int Day, DatePrecision Precision) : IComparable<DatePoint>
{
    public static DatePoint None => default;

    public bool IsKnown => Precision != DatePrecision.None;

    /// <summary>
    /// Chronological order: unknown points last; on the same year, month and day the less precise point first
    /// ("1950s" before "1950"), so the order is total and agrees with equality.
    /// </summary>
    public int CompareTo(DatePoint other)
    {
        if (IsKnown != other.IsKnown)
        {
            return IsKnown ? -1 : 1;
        }

        var order = Year.CompareTo(other.Year);
        order = order != 0 ? order : Month.CompareTo(other.Month);
        order = order != 0 ? order : Day.CompareTo(other.Day);
        return order != 0 ? order : Precision.CompareTo(other.Precision);
    }
}
