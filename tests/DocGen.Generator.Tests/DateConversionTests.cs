using System;

namespace DocGen.Generator.Tests;

/// <summary>DatePoint and DocumentDate convert to DateTime and DateOnly where they are one exact day, and say why not otherwise.</summary>
public class DateConversionTests
{
    private static readonly DatePoint June5 = new(1951, 6, 5, DatePrecision.Day);

    [Fact]
    public void ADayPointConvertsToDateTimeAndDateOnly()
    {
        Assert.True(June5.TryGetDateTime(out var dateTime));
        Assert.Equal(new DateTime(1951, 6, 5), dateTime);
        Assert.Equal(DateTimeKind.Unspecified, dateTime.Kind);
        Assert.Equal(TimeSpan.Zero, dateTime.TimeOfDay);
        Assert.Equal(dateTime, June5.ToDateTime());

        Assert.True(June5.TryGetDateOnly(out var dateOnly));
        Assert.Equal(new DateOnly(1951, 6, 5), dateOnly);
        Assert.Equal(dateOnly, June5.ToDateOnly());
    }

    [Theory]
    [InlineData(1955, 4, 0, DatePrecision.Month, "'1955-04' is not exact to the day (its precision is Month)")]
    [InlineData(1979, 0, 0, DatePrecision.Year, "'1979' is not exact to the day (its precision is Year)")]
    [InlineData(1950, 0, 0, DatePrecision.Decade, "'195X' is not exact to the day (its precision is Decade)")]
    [InlineData(0, 0, 0, DatePrecision.None, "'' is not exact to the day (its precision is None)")]
    [InlineData(1951, 6, 31, DatePrecision.Day, "1951-06-31 is not a day on the calendar")]
    [InlineData(1951, 2, 29, DatePrecision.Day, "1951-02-29 is not a day on the calendar")]
    [InlineData(10000, 1, 1, DatePrecision.Day, "10000-01-01 is not a day on the calendar")]
    public void APointThatIsNotADayDoesNotConvert(int year, int month, int day, DatePrecision precision, string message)
    {
        var point = new DatePoint(year, month, day, precision);

        Assert.False(point.TryGetDateTime(out var dateTime));
        Assert.Equal(default, dateTime);
        Assert.False(point.TryGetDateOnly(out var dateOnly));
        Assert.Equal(default, dateOnly);
        Assert.Contains(message, Assert.Throws<InvalidOperationException>(() => point.ToDateTime()).Message);
        Assert.Contains(message, Assert.Throws<InvalidOperationException>(() => point.ToDateOnly()).Message);
    }

    [Fact]
    public void AnExactDocumentDateConverts()
    {
        var date = new DocumentDate("June 5, 1951", June5, June5, isRange: false, isApproximate: false, isUncertain: false, "1951-06-05");

        Assert.True(date.IsExact);
        Assert.True(date.TryGetDateTime(out var dateTime));
        Assert.Equal(new DateTime(1951, 6, 5), dateTime);
        Assert.Equal(new DateTime(1951, 6, 5), date.ToDateTime());
        Assert.True(date.TryGetDateOnly(out var dateOnly));
        Assert.Equal(new DateOnly(1951, 6, 5), dateOnly);
        Assert.Equal(new DateOnly(1951, 6, 5), date.ToDateOnly());
    }

    public static TheoryData<DocumentDate, string> NotExact() => new()
    {
        { new DocumentDate("June 5-7, 1951", June5, new DatePoint(1951, 6, 7, DatePrecision.Day), true, false, false, "1951-06-05/1951-06-07"), "it is a range" },
        { new DocumentDate("c. June 5, 1951", June5, June5, false, true, false, "1951-06-05~"), "it is approximate" },
        { new DocumentDate("[June 5, 1951]", June5, June5, false, false, true, "1951-06-05?"), "it is uncertain" },
        { new DocumentDate("April 1955", new DatePoint(1955, 4, 0, DatePrecision.Month), new DatePoint(1955, 4, 0, DatePrecision.Month), false, false, false, "1955-04"), "its precision is Month" },
        { DocumentDate.Unknown, "it is missing or could not be read" },
    };

    [Theory]
    [MemberData(nameof(NotExact))]
    public void ADocumentDateThatIsNotOneExactDayDoesNotConvert(DocumentDate date, string why)
    {
        Assert.False(date.IsExact);
        Assert.False(date.TryGetDateTime(out var dateTime));
        Assert.Equal(default, dateTime);
        Assert.False(date.TryGetDateOnly(out var dateOnly));
        Assert.Equal(default, dateOnly);
        var error = Assert.Throws<InvalidOperationException>(() => date.ToDateOnly());
        Assert.Contains("'" + date.Text + "' is not one exact day (" + why + ")", error.Message);
        Assert.Contains(why, Assert.Throws<InvalidOperationException>(() => date.ToDateTime()).Message);
    }

    [Fact]
    public void TheEndsOfARangeConvertOnTheirOwn()
    {
        var range = new DocumentDate("June 5-7, 1951", June5, new DatePoint(1951, 6, 7, DatePrecision.Day), true, false, false, "1951-06-05/1951-06-07");

        Assert.Equal(new DateOnly(1951, 6, 5), range.Start.ToDateOnly());
        Assert.Equal(new DateOnly(1951, 6, 7), range.End.ToDateOnly());
    }
}
