using System;

namespace DocGen;

/// <summary>
/// One end of a document date. <see cref="Month"/> and <see cref="Day"/> are 0 where the date does not give them;
/// for a decade, <see cref="Year"/> is its first year.
/// </summary>
public readonly struct DatePoint : IEquatable<DatePoint>, IComparable<DatePoint>
{
    /// <summary>Creates a date point.</summary>
    public DatePoint(int year, int month, int day, DatePrecision precision)
    {
        Year = year;
        Month = month;
        Day = day;
        Precision = precision;
    }

    /// <summary>The year (the first year of the decade for <see cref="DatePrecision.Decade"/>).</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12, or 0 when not known.</summary>
    public int Month { get; }

    /// <summary>The day of the month, or 0 when not known.</summary>
    public int Day { get; }

    /// <summary>How much of this point is known.</summary>
    public DatePrecision Precision { get; }

    /// <summary>Whether anything of this point is known.</summary>
    public bool IsKnown => Precision != DatePrecision.None;

    /// <summary>
    /// The point as a <see cref="DateTime"/> at midnight, of kind <see cref="DateTimeKind.Unspecified"/> (the archive
    /// gives no time or zone), when it names one calendar day (<see cref="DatePrecision.Day"/>); otherwise false.
    /// </summary>
    /// <param name="value">The day at midnight, or <see langword="default"/> when the point is not a day.</param>
    public bool TryGetDateTime(out DateTime value)
    {
        if (!IsValidDay)
        {
            value = default;
            return false;
        }

        value = new DateTime(Year, Month, Day, 0, 0, 0, DateTimeKind.Unspecified);
        return true;
    }

    /// <summary>The point as a <see cref="DateTime"/> at midnight (see <see cref="TryGetDateTime"/>).</summary>
    /// <exception cref="InvalidOperationException">The point is not exact to the day.</exception>
    public DateTime ToDateTime() => TryGetDateTime(out var value) ? value : throw NotADay(nameof(DateTime));

#if NET6_0_OR_GREATER
    /// <summary>The point as a <see cref="DateOnly"/> when it names one calendar day (<see cref="DatePrecision.Day"/>); otherwise false.</summary>
    /// <param name="value">The day, or <see langword="default"/> when the point is not a day.</param>
    public bool TryGetDateOnly(out DateOnly value)
    {
        if (!IsValidDay)
        {
            value = default;
            return false;
        }

        value = new DateOnly(Year, Month, Day);
        return true;
    }

    /// <summary>The point as a <see cref="DateOnly"/> (see <see cref="TryGetDateOnly"/>).</summary>
    /// <exception cref="InvalidOperationException">The point is not exact to the day.</exception>
    public DateOnly ToDateOnly() => TryGetDateOnly(out var value) ? value : throw NotADay(nameof(DateOnly));
#endif

    /// <summary>A day on the proleptic Gregorian calendar that DateTime and DateOnly can hold.</summary>
    private bool IsValidDay =>
        Precision == DatePrecision.Day && Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && Day >= 1 && Day <= DateTime.DaysInMonth(Year, Month);

    private InvalidOperationException NotADay(string type) => new(
        Precision == DatePrecision.Day
            ? $"The date point {Year:D4}-{Month:D2}-{Day:D2} is not a day on the calendar, so it has no {type}."
            : $"The date point '{this}' is not exact to the day (its precision is {Precision}), so it has no single {type}; use TryGet{type}, or Year, Month and Day.");

    /// <summary>
    /// Orders known points chronologically and unknown points last; on the same year, month and day the less precise
    /// point comes first ("1950s" before "1950"), so the order agrees with equality.
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

    /// <inheritdoc />
    public bool Equals(DatePoint other) =>
        Year == other.Year && Month == other.Month && Day == other.Day && Precision == other.Precision;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is DatePoint other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (((((Year * 13) + Month) * 32) + Day) * 5) + (int)Precision;

    /// <summary>The point in ISO 8601 form to its precision: "1951-06-05", "1955-04", "1979", "195X"; "" when unknown.</summary>
    public override string ToString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Year => $"{Year:D4}",
        DatePrecision.Decade => $"{Year / 10:D3}X",
        _ => string.Empty,
    };

    /// <summary>Compares two points for equality.</summary>
    public static bool operator ==(DatePoint left, DatePoint right) => left.Equals(right);

    /// <summary>Compares two points for inequality.</summary>
    public static bool operator !=(DatePoint left, DatePoint right) => !left.Equals(right);
}
