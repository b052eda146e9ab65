using System.Collections.Generic;
using DocGen.Site.Catalog;

namespace DocGen.Site.Tests;

public sealed class CatalogQueryTests
{
    [Fact]
    public void EveryFilterReadFromTheQueryStringIsWrittenBackInOneOrderEscaped()
    {
        var parameters = new Dictionary<string, string>
        {
            ["page"] = "3",
            ["language"] = "Russian",
            ["person"] = "Filippov [Stalin]",
            ["repository"] = "APRF",
            ["to"] = "1950-12",
            ["from"] = "1950",
            ["collection"] = "Korea.Seoul",
            ["q"] = " cease & fire ",
        };
        var query = CatalogQuery.Parse(name => parameters.GetValueOrDefault(name));

        Assert.Equal("cease & fire", query.Text);
        Assert.Equal(3, query.Page);
        Assert.Equal(
            "?q=cease%20%26%20fire&collection=Korea.Seoul&from=1950&to=1950-12&repository=APRF&person=Filippov%20%5BStalin%5D&language=Russian&page=3",
            query.ToQueryString());
        Assert.False(query.IsUnfiltered);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("two")]
    [InlineData("99999999999")]
    public void APageThatIsNotAPositiveNumberIsTheFirst(string? page)
    {
        var query = CatalogQuery.Parse(name => name == "page" ? page : null);

        Assert.Equal(1, query.Page);
        Assert.Equal(string.Empty, query.ToQueryString());
        Assert.True(query.IsUnfiltered);
    }

    [Fact]
    public void BlankValuesAreNoFilter()
    {
        var query = CatalogQuery.Parse(name => name == "repository" ? "  " : name == "page" ? "2" : null);

        Assert.Null(query.Repository);
        Assert.Equal("?page=2", query.ToQueryString());
        Assert.True(query.IsUnfiltered);
    }

    [Theory]
    [InlineData("1950", false, 19500101)]
    [InlineData("1950", true, 19501231)]
    [InlineData("1950-10", false, 19501001)]
    [InlineData("1950-10", true, 19501031)]
    [InlineData("1950-10-08", true, 19501008)]
    [InlineData("1950-13", false, null)]
    [InlineData("50", false, null)]
    [InlineData("1950-1-8", false, null)]
    [InlineData("October 1950", false, null)]
    [InlineData("1950-10-08-01", false, null)]
    public void ABoundOfThePeriodIsTheFirstOrLastDayItNames(string text, bool last, int? day)
    {
        Assert.Equal(day, DayKey.Parse(text, last));
    }
}
