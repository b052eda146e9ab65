using DocGen.Core.Dates;

namespace DocGen.Core.Tests.Dates;

/// <summary>Ranges: each end's borrowed parts, mixed precisions, qualifiers on both ends, and ends left in written order.</summary>
public class DateParserRangeTests
{
    [Theory]
    [InlineData("June 5-7, 1951", DatePrecision.Day, 1951, 6, 5, DatePrecision.Day, 1951, 6, 7, "1951-06-05/1951-06-07")]
    [InlineData("June 5 - 7, 1951", DatePrecision.Day, 1951, 6, 5, DatePrecision.Day, 1951, 6, 7, "1951-06-05/1951-06-07")]
    [InlineData("5-7 June 1951", DatePrecision.Day, 1951, 6, 5, DatePrecision.Day, 1951, 6, 7, "1951-06-05/1951-06-07")]
    [InlineData("June 5 - July 2, 1951", DatePrecision.Day, 1951, 6, 5, DatePrecision.Day, 1951, 7, 2, "1951-06-05/1951-07-02")]
    [InlineData("5 June - 2 July 1951", DatePrecision.Day, 1951, 6, 5, DatePrecision.Day, 1951, 7, 2, "1951-06-05/1951-07-02")]
    [InlineData("June 5, 1951 - July 2, 1952", DatePrecision.Day, 1951, 6, 5, DatePrecision.Day, 1952, 7, 2, "1951-06-05/1952-07-02")]
    [InlineData("January 7, 1978 – September 23, 1978", DatePrecision.Day, 1978, 1, 7, DatePrecision.Day, 1978, 9, 23, "1978-01-07/1978-09-23")]
    [InlineData("1951-06-05/1951-06-07", DatePrecision.Day, 1951, 6, 5, DatePrecision.Day, 1951, 6, 7, "1951-06-05/1951-06-07")]
    [InlineData("1945-1946", DatePrecision.Year, 1945, 0, 0, DatePrecision.Year, 1946, 0, 0, "1945/1946")]
    [InlineData("1945–1946", DatePrecision.Year, 1945, 0, 0, DatePrecision.Year, 1946, 0, 0, "1945/1946")]
    [InlineData("1945—1946", DatePrecision.Year, 1945, 0, 0, DatePrecision.Year, 1946, 0, 0, "1945/1946")]
    [InlineData("1945 - 1946", DatePrecision.Year, 1945, 0, 0, DatePrecision.Year, 1946, 0, 0, "1945/1946")]
    [InlineData("1945/1946", DatePrecision.Year, 1945, 0, 0, DatePrecision.Year, 1946, 0, 0, "1945/1946")]
    [InlineData("1945 to 1946", DatePrecision.Year, 1945, 0, 0, DatePrecision.Year, 1946, 0, 0, "1945/1946")]
    [InlineData("from 1945 to 1946", DatePrecision.Year, 1945, 0, 0, DatePrecision.Year, 1946, 0, 0, "1945/1946")]
    [InlineData("between 1950 and 1952", DatePrecision.Year, 1950, 0, 0, DatePrecision.Year, 1952, 0, 0, "1950/1952")]
    [InlineData("Between June 1950 and March 1952", DatePrecision.Month, 1950, 6, 0, DatePrecision.Month, 1952, 3, 0, "1950-06/1952-03")]
    [InlineData("April-May 1955", DatePrecision.Month, 1955, 4, 0, DatePrecision.Month, 1955, 5, 0, "1955-04/1955-05")]
    [InlineData("December 1951 - January 1952", DatePrecision.Month, 1951, 12, 0, DatePrecision.Month, 1952, 1, 0, "1951-12/1952-01")]
    [InlineData("June 1951 - 1952", DatePrecision.Month, 1951, 6, 0, DatePrecision.Year, 1952, 0, 0, "1951-06/1952")]
    [InlineData("1951 - June 5, 1952", DatePrecision.Year, 1951, 0, 0, DatePrecision.Day, 1952, 6, 5, "1951/1952-06-05")]
    [InlineData("1950s-1960s", DatePrecision.Decade, 1950, 0, 0, DatePrecision.Decade, 1960, 0, 0, "195X/196X")]
    public void ParsesRange(
        string text,
        DatePrecision startPrecision, int startYear, int startMonth, int startDay,
        DatePrecision endPrecision, int endYear, int endMonth, int endDay,
        string edtf)
    {
        var date = DateParser.Parse(text);

        Assert.True(date.IsRange);
        Assert.Equal(new DatePoint(startYear, startMonth, startDay, startPrecision), date.Start);
        Assert.Equal(new DatePoint(endYear, endMonth, endDay, endPrecision), date.End);
        Assert.False(date.IsApproximate);
        Assert.False(date.IsUncertain);
        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(text, date.Text);
    }

    // A range written backwards would give an EDTF interval that ends before it starts (invalid EDTF): it is rejected,
    // and the fault says why (DateParserFaultTests).
    [Theory]
    [InlineData("1952-1950")]
    [InlineData("July 2 - June 5, 1951")]
    public void RejectsBackwardRange(string text)
    {
        var date = DateParser.Parse(text);

        Assert.False(date.IsKnown);
        Assert.Null(date.Edtf);
        Assert.Equal(DateFault.BackwardRange, date.Fault);
        Assert.Equal(text, date.Text);
    }

    // ParsedDate has one flag each, so a qualifier written on either end qualifies both ends of the EDTF interval.
    [Theory]
    [InlineData("c. 1950-1952", true, false, "1950~/1952~")]
    [InlineData("circa 1950 - circa 1952", true, false, "1950~/1952~")]
    [InlineData("[1950-1952]", false, true, "1950?/1952?")]
    [InlineData("[1951]-1952", false, true, "1951?/1952?")]
    [InlineData("1950?/1952?", false, true, "1950?/1952?")]
    [InlineData("c. 1950 - [1952]", true, true, "1950%/1952%")]
    [InlineData("between c. June 1950 and 1952?", true, true, "1950-06%/1952%")]
    public void QualifiesBothEndsOfRange(string text, bool approximate, bool uncertain, string edtf)
    {
        var date = DateParser.Parse(text);

        Assert.True(date.IsRange);
        Assert.Equal(approximate, date.IsApproximate);
        Assert.Equal(uncertain, date.IsUncertain);
        Assert.Equal(edtf, date.Edtf);
    }
}
