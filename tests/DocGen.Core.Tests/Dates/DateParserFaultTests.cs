using DocGen.Core.Dates;

namespace DocGen.Core.Tests.Dates;

/// <summary>A date that is not read says why (<see cref="ParsedDate.Fault"/>), so its DG0005 can name the problem.</summary>
public class DateParserFaultTests
{
    [Theory]
    [InlineData("June 5-3, 1951")]
    [InlineData("1960-1950")]
    [InlineData("July 2 - June 5, 1951")]
    [InlineData("1950s-1940")]
    [InlineData("between 1952 and 1950")]
    [InlineData("from June 1951 to May 1951")]
    [InlineData("c. 1960 - 1950")]
    public void ABackwardRangeIsRejected(string text) => AssertFault(text, DateFault.BackwardRange);

    [Theory]
    [InlineData("1951-1951", "1951/1951")]
    [InlineData("June 5-5, 1951", "1951-06-05/1951-06-05")]
    [InlineData("1950s-1955", "195X/1955")]
    [InlineData("1950-1950s", "1950/195X")]
    public void ARangeThatEndsWhereItStartsOrOverlapsIsRead(string text, string edtf)
    {
        var date = DateParser.Parse(text);

        Assert.Equal(edtf, date.Edtf);
        Assert.Equal(DateFault.None, date.Fault);
    }

    [Theory]
    [InlineData("June 31, 1951")]
    [InlineData("February 29, 1951")]
    [InlineData("February 30, 1952")]
    [InlineData("31 April 1955")]
    [InlineData("June 5-31, 1951")]
    [InlineData("c. September 31, 1951")]
    public void AnImpossibleDayIsNamed(string text) => AssertFault(text, DateFault.ImpossibleDay);

    [Theory]
    [InlineData("6/5/1951")]
    [InlineData("06/05/1951")]
    [InlineData("6-5-1951")]
    [InlineData("12/1/1951")]
    public void NumbersInAnAmbiguousOrderAreNamed(string text) => AssertFault(text, DateFault.AmbiguousOrder);

    [Theory]
    [InlineData("Spring of that year")]
    [InlineData("13/5/1951")] // only one number can be the month
    [InlineData("5/5/1951")] // either order gives the same day
    [InlineData("June 0, 1951")]
    [InlineData("51")]
    public void AnythingElseIsUnreadable(string text) => AssertFault(text, DateFault.Unreadable);

    [Theory]
    [InlineData("June 5, 1951")]
    [InlineData("1945-1946")]
    public void ADateThatIsReadHasNoFault(string text) => Assert.Equal(DateFault.None, DateParser.Parse(text).Fault);

    [Fact]
    public void EachFaultHasItsOwnMessage()
    {
        Assert.Contains("no such day", DateFaultMessages.For(DateFault.ImpossibleDay));
        Assert.Contains("either number could be the month", DateFaultMessages.For(DateFault.AmbiguousOrder));
        Assert.Contains("ends before it starts", DateFaultMessages.For(DateFault.BackwardRange));
        Assert.Equal(DateFaultMessages.Forms, DateFaultMessages.For(DateFault.Unreadable));
    }

    private static void AssertFault(string text, DateFault fault)
    {
        var date = DateParser.Parse(text);

        Assert.False(date.IsKnown);
        Assert.Null(date.Edtf);
        Assert.Equal(fault, date.Fault);
    }
}
