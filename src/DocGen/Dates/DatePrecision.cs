namespace DocGen;

/// <summary>How much of a <see cref="DatePoint"/> is known.</summary>
public enum DatePrecision
{
    /// <summary>Nothing: the date is missing or could not be read.</summary>
    None = 0,

    /// <summary>The decade only, as in "1950s".</summary>
    Decade = 1,

    /// <summary>The year only, as in "1979".</summary>
    Year = 2,

    /// <summary>Year and month, as in "April 1955".</summary>
    Month = 3,

    /// <summary>The exact day, as in "June 5, 1951".</summary>
    Day = 4,
}
