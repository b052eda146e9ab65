using DocGen.Core.Dates;

namespace DocGen.Core.Tests.Dates;

/// <summary>Text that is not a date, or not a real or unambiguous one, comes back Unknown with the text kept.</summary>
public class DateParserInvalidTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Undated")]
    [InlineData("n.d.")]
    [InlineData("N.D.")]
    [InlineData("garbage")]
    [InlineData("?")]
    [InlineData("c.")]
    [InlineData("June")]
    [InlineData("June 5")] // no year
    [InlineData("7, 1951")] // a range end on its own
    [InlineData("5th 1951")]
    [InlineData("June 5-7")]
    [InlineData("June 5, 1951 -")]
    [InlineData("- 1951")]
    [InlineData("between 1950")]
    [InlineData("between 1950 and")]
    [InlineData("5-7, 1951")] // no month for either end
    [InlineData("June 5 - July 1951")] // a yearless start must match the end's precision
    [InlineData("April - 1955")]
    [InlineData("1951 1952")]
    [InlineData("June 1950s")]
    public void RejectsIncompleteOrUnrecognisedText(string text) => AssertUnknown(text);

    [Theory]
    [InlineData("February 30, 1951")]
    [InlineData("February 29, 1951")] // not a leap year
    [InlineData("February 29, 1900")] // century, not a leap year
    [InlineData("April 31, 1955")]
    [InlineData("June 0, 1951")]
    [InlineData("June 32, 1951")]
    [InlineData("13/13/1951")]
    [InlineData("1951-13")]
    [InlineData("1951-13-01")]
    [InlineData("1951-02-30")]
    [InlineData("1951-00")]
    [InlineData("1951-06-00")]
    [InlineData("June 5-31, 1951")] // the end does not exist
    [InlineData("0000")]
    [InlineData("0000s")]
    [InlineData("1955s")] // a decade starts on a multiple of ten
    [InlineData("12345")]
    public void RejectsDatesNotOnTheCalendar(string text) => AssertUnknown(text);

    [Theory]
    [InlineData("51")]
    [InlineData("June 5, 51")]
    [InlineData("'51")]
    [InlineData("1945-46")]
    [InlineData("1951/52")]
    [InlineData("951")]
    [InlineData("6/5/1951")] // day/month order is ambiguous
    public void RejectsAmbiguousNumbers(string text) => AssertUnknown(text);

    [Theory]
    [InlineData("June 5, 1951 blah")]
    [InlineData("June 5, 1951.")]
    [InlineData("1951 xyz")]
    [InlineData("1951th")]
    [InlineData("1951-06-05th")]
    [InlineData("June. 1951")] // a period only ends an abbreviation
    [InlineData("Sept.. 1951")]
    [InlineData("Juneteenth 1951")]
    [InlineData("Monday, June 5, 1951")]
    [InlineData("1951 BC")]
    [InlineData("[1951")]
    [InlineData("1951]")]
    [InlineData("[[1951]]")]
    [InlineData("June [5], 1951")]
    [InlineData("１９５１")] // full-width digits
    [InlineData("١٩٥١")] // Arabic-Indic digits
    [InlineData("June 5, 1951\u202E")]
    public void RejectsTrailingOrForeignText(string text) => AssertUnknown(text);

    // A null from an untyped caller must not throw or leak a null Text.
    [Fact]
    public void NullIsUnknownWithEmptyText() => Assert.Equal(ParsedDate.Unknown(string.Empty), DateParser.Parse(null!));

    private static void AssertUnknown(string text)
    {
        var date = DateParser.Parse(text);
        Assert.NotEqual(DateFault.None, date.Fault);
        Assert.Equal(ParsedDate.Unknown(text), date with { Fault = DateFault.None });
    }
}
