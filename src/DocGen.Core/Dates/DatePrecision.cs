namespace DocGen.Core.Dates;

/// <summary>How much of a date point is known.</summary>
public enum DatePrecision
{
    /// <summary>Nothing is known (missing or unparseable date).</summary>
    None = 0,

    /// <summary>Only the decade, e.g. "1950s" (EDTF <c>195X</c>).</summary>
    Decade = 1,

    /// <summary>Only the year, e.g. "1979".</summary>
    Year = 2,

    /// <summary>Year and month, e.g. "April 1955".</summary>
    Month = 3,

    /// <summary>An exact day, e.g. "June 5, 1951".</summary>
    Day = 4,
}
