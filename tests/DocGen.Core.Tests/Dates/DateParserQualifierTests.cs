using DocGen.Core.Dates;

namespace DocGen.Core.Tests.Dates;

/// <summary>Approximate ("c. 1955") and uncertain ("[1951]", "1951?") single dates and their EDTF ~ ? % qualifiers.</summary>
public class DateParserQualifierTests
{
    [Theory]
    [InlineData("c. 1955", DatePrecision.Year, 1955, 0, 0, true, false, "1955~")]
    [InlineData("c.1955", DatePrecision.Year, 1955, 0, 0, true, false, "1955~")]
    [InlineData("ca. 1955", DatePrecision.Year, 1955, 0, 0, true, false, "1955~")]
    [InlineData("circa 1955", DatePrecision.Year, 1955, 0, 0, true, false, "1955~")]
    [InlineData("Circa 1955", DatePrecision.Year, 1955, 0, 0, true, false, "1955~")]
    [InlineData("approx. 1955", DatePrecision.Year, 1955, 0, 0, true, false, "1955~")]
    [InlineData("approximately June 1951", DatePrecision.Month, 1951, 6, 0, true, false, "1951-06~")]
    [InlineData("~1955", DatePrecision.Year, 1955, 0, 0, true, false, "1955~")]
    [InlineData("1955~", DatePrecision.Year, 1955, 0, 0, true, false, "1955~")]
    [InlineData("c. June 5, 1951", DatePrecision.Day, 1951, 6, 5, true, false, "1951-06-05~")]
    [InlineData("c. 1950s", DatePrecision.Decade, 1950, 0, 0, true, false, "195X~")]
    [InlineData("[1951]", DatePrecision.Year, 1951, 0, 0, false, true, "1951?")]
    [InlineData("1951?", DatePrecision.Year, 1951, 0, 0, false, true, "1951?")]
    [InlineData("[June 1951]", DatePrecision.Month, 1951, 6, 0, false, true, "1951-06?")]
    [InlineData("June 5, 1951?", DatePrecision.Day, 1951, 6, 5, false, true, "1951-06-05?")]
    [InlineData("[June 5, 1951]", DatePrecision.Day, 1951, 6, 5, false, true, "1951-06-05?")]
    [InlineData("[c. 1955]", DatePrecision.Year, 1955, 0, 0, true, true, "1955%")]
    [InlineData("c. 1955?", DatePrecision.Year, 1955, 0, 0, true, true, "1955%")]
    [InlineData("~[1955]", DatePrecision.Year, 1955, 0, 0, true, true, "1955%")]
    [InlineData("1955%", DatePrecision.Year, 1955, 0, 0, true, true, "1955%")]
    public void ParsesQualifiedDate(
        string text, DatePrecision precision, int year, int month, int day, bool approximate, bool uncertain, string edtf)
    {
        var date = DateParser.Parse(text);

        Assert.Equal(new DatePoint(year, month, day, precision), date.Start);
        Assert.Equal(date.Start, date.End);
        Assert.False(date.IsRange);
        Assert.Equal(approximate, date.IsApproximate);
        Assert.Equal(uncertain, date.IsUncertain);
        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(text, date.Text);
    }
}
