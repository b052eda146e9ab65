using DocGen.Core.Dates;

namespace DocGen.Core.Tests.Dates;

/// <summary>Single dates written plainly: each shape the archive uses, with every field of the result pinned.</summary>
public class DateParserTests
{
    [Theory]
    [InlineData("June 5, 1951", DatePrecision.Day, 1951, 6, 5, "1951-06-05")]
    [InlineData("June 5 1951", DatePrecision.Day, 1951, 6, 5, "1951-06-05")]
    [InlineData("5 June 1951", DatePrecision.Day, 1951, 6, 5, "1951-06-05")]
    [InlineData("5th June, 1951", DatePrecision.Day, 1951, 6, 5, "1951-06-05")]
    [InlineData("1951-06-05", DatePrecision.Day, 1951, 6, 5, "1951-06-05")]
    [InlineData("June 5th, 1951", DatePrecision.Day, 1951, 6, 5, "1951-06-05")]
    [InlineData("April 14th, 1978", DatePrecision.Day, 1978, 4, 14, "1978-04-14")]
    [InlineData("March 1st, 1953", DatePrecision.Day, 1953, 3, 1, "1953-03-01")]
    [InlineData("May 22nd, 1953", DatePrecision.Day, 1953, 5, 22, "1953-05-22")]
    [InlineData("May 23rd, 1953", DatePrecision.Day, 1953, 5, 23, "1953-05-23")]
    [InlineData("June 05, 1951", DatePrecision.Day, 1951, 6, 5, "1951-06-05")]
    [InlineData("Jan. 7, 1978", DatePrecision.Day, 1978, 1, 7, "1978-01-07")]
    [InlineData("Sept. 23, 1978", DatePrecision.Day, 1978, 9, 23, "1978-09-23")]
    [InlineData("Sep 23, 1978", DatePrecision.Day, 1978, 9, 23, "1978-09-23")]
    [InlineData("dec 31, 1999", DatePrecision.Day, 1999, 12, 31, "1999-12-31")]
    [InlineData("NOVEMBER 24, 1967", DatePrecision.Day, 1967, 11, 24, "1967-11-24")]
    [InlineData("February 29, 1952", DatePrecision.Day, 1952, 2, 29, "1952-02-29")]
    [InlineData("February 29, 2000", DatePrecision.Day, 2000, 2, 29, "2000-02-29")]
    [InlineData("April 1955", DatePrecision.Month, 1955, 4, 0, "1955-04")]
    [InlineData("April, 1955", DatePrecision.Month, 1955, 4, 0, "1955-04")]
    [InlineData("Feb. 1955", DatePrecision.Month, 1955, 2, 0, "1955-02")]
    [InlineData("1955-04", DatePrecision.Month, 1955, 4, 0, "1955-04")]
    [InlineData("1979", DatePrecision.Year, 1979, 0, 0, "1979")]
    [InlineData("0001", DatePrecision.Year, 1, 0, 0, "0001")]
    [InlineData("9999", DatePrecision.Year, 9999, 0, 0, "9999")]
    [InlineData("1950s", DatePrecision.Decade, 1950, 0, 0, "195X")]
    [InlineData("1950's", DatePrecision.Decade, 1950, 0, 0, "195X")]
    [InlineData("1900s", DatePrecision.Decade, 1900, 0, 0, "190X")]
    public void ParsesSingleDate(string text, DatePrecision precision, int year, int month, int day, string edtf)
    {
        var date = DateParser.Parse(text);

        Assert.Equal(new DatePoint(year, month, day, precision), date.Start);
        Assert.Equal(date.Start, date.End);
        Assert.False(date.IsRange);
        Assert.False(date.IsApproximate);
        Assert.False(date.IsUncertain);
        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(text, date.Text);
    }

    [Theory]
    [InlineData("  June 5, 1951  ")]
    [InlineData("\tJune 5, 1951\u00A0")]
    [InlineData("June   5 ,  1951")]
    public void ToleratesWhitespaceAndKeepsTextAsWritten(string text)
    {
        var date = DateParser.Parse(text);

        Assert.Equal("1951-06-05", date.Edtf);
        Assert.Equal(text, date.Text);
    }
}
