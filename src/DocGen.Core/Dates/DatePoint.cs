namespace DocGen.Core.Dates;

/// <summary>
/// One end of a date: the year, month (1-12, or 0 when not known) and day (1-31, or 0 when not known).
/// For <see cref="DatePrecision.Decade"/> the year is the decade's first year (1950 for "1950s").
/// </summary>
public readonly record struct DatePoint(int Year, int Month, int Day, DatePrecision Precision)
{
    public static DatePoint None => default;

    public bool IsKnown => Precision != DatePrecision.None;
}
