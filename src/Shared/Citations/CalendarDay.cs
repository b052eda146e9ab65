// Shared source: see CitationStyle.cs.
using System;
using System.Globalization;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// A day of the Gregorian calendar with no time and no time zone, such as the day a reader accessed an online document.
/// <c>DateOnly</c> would be the natural type but netstandard2.0 lacks it; this struct keeps one signature on every target
/// and converts implicitly from <see cref="DateTime"/> (its date part; the time and <see cref="DateTime.Kind"/> are ignored)
/// and, on .NET 6 and later, from <c>DateOnly</c>.
/// </summary>
public readonly struct CalendarDay : IEquatable<CalendarDay>
{
    /// <summary>Creates a day; throws when the year, month and day do not name a real day between years 1 and 9999.</summary>
    public CalendarDay(int year, int month, int day)
    {
        if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            throw new ArgumentOutOfRangeException(nameof(day), "Not a day of the Gregorian calendar between years 1 and 9999.");
        }

        Year = year;
        Month = month;
        Day = day;
    }

    /// <summary>The year.</summary>
    public int Year { get; }

    /// <summary>The month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>The day of the month.</summary>
    public int Day { get; }

    /// <summary>The date part of a <see cref="DateTime"/>, as it reads in that value's own clock.</summary>
    public static implicit operator CalendarDay(DateTime value) => new(value.Year, value.Month, value.Day);

#if NET6_0_OR_GREATER
    /// <summary>The same day as a <see cref="DateOnly"/>.</summary>
    public static implicit operator CalendarDay(DateOnly value) => new(value.Year, value.Month, value.Day);
#endif

    /// <inheritdoc />
    public bool Equals(CalendarDay other) => Year == other.Year && Month == other.Month && Day == other.Day;

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is CalendarDay other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => (((Year * 13) + Month) * 32) + Day;

    /// <summary>The day in ISO 8601 form, "2024-03-01".</summary>
    public override string ToString() =>
        Year.ToString("D4", CultureInfo.InvariantCulture) + "-" + Month.ToString("D2", CultureInfo.InvariantCulture) + "-"
        + Day.ToString("D2", CultureInfo.InvariantCulture);

    /// <summary>Compares two days for equality.</summary>
    public static bool operator ==(CalendarDay left, CalendarDay right) => left.Equals(right);

    /// <summary>Compares two days for inequality.</summary>
    public static bool operator !=(CalendarDay left, CalendarDay right) => !left.Equals(right);
}
