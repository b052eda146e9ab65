using System.Linq;
using DocGen.Site.Catalog;
using DocGen.Site.Pages;
using static DocGen.Site.Tests.Infrastructure.Documents;

namespace DocGen.Site.Tests;

public sealed class TimelineTests
{
    [Fact]
    public void WithinTenYearsABarIsAMonthAndEveryMonthBetweenIsABar()
    {
        var timeline = new Timeline(new[]
        {
            Make("1", date: Day(1950, 10, 8)),
            Make("2", date: Day(1950, 10, 20)),
            Make("3", date: Month(1951, 1)),
            Make("4", date: Year(1951)),
            Make("5"),
        });

        Assert.True(timeline.IsMonthly);
        Assert.Equal(
            new[] { ("1950-10", 2), ("1950-11", 0), ("1950-12", 0), ("1951-01", 2) },
            timeline.Bars.Select(bar => (bar.Label, bar.Count)));
        Assert.Equal(1, timeline.Undated);
        Assert.Equal("?from=1950-10&to=1950-10", timeline.Bars[0].Query.ToQueryString());
    }

    [Fact]
    public void OverTenYearsABarIsAYear()
    {
        var timeline = new Timeline(new[] { Make("1", date: Day(1948, 3, 1)), Make("2", date: Month(1960, 9)), Make("3", date: Year(1960)) });

        Assert.False(timeline.IsMonthly);
        Assert.Equal(13, timeline.Bars.Count);
        Assert.Equal(("1948", 1), (timeline.Bars[0].Label, timeline.Bars[0].Count));
        Assert.Equal(("1960", 2), (timeline.Bars[^1].Label, timeline.Bars[^1].Count));
        Assert.Equal(3, timeline.Bars.Sum(bar => bar.Count));
    }

    [Fact]
    public void TheSvgLinksEachBarWithDocumentsToItsPeriodAndScalesToTheFullest()
    {
        var timeline = new Timeline(new[] { Make("1", date: Day(1950, 10, 8)), Make("2", date: Day(1950, 10, 9)), Make("3", date: Day(1950, 12, 1)) });

        var svg = TimelineSvg.Render(timeline, SiteLinks.Server);

        Assert.Contains("<a href=\"/catalog?from=1950-10&amp;to=1950-10\" aria-label=\"1950-10: 2 documents\"><rect class=\"bar\" x=\"1\" y=\"0\" width=\"12\" height=\"120\">", svg, System.StringComparison.Ordinal);
        Assert.Contains("<a href=\"/catalog?from=1950-12&amp;to=1950-12\" aria-label=\"1950-12: 1 document\"><rect class=\"bar\" x=\"29\" y=\"60\" width=\"12\" height=\"60\">", svg, System.StringComparison.Ordinal);
        Assert.DoesNotContain("1950-11", svg, System.StringComparison.Ordinal);
        Assert.Equal(2, svg.Split("<rect").Length - 1);
    }

    [Fact]
    public void AnArchiveWithoutDatesHasNoBars()
    {
        var timeline = new Timeline(new[] { Make("1") });

        Assert.Empty(timeline.Bars);
        Assert.Equal("<p>No document is dated.</p>\n", TimelineSvg.Render(timeline, SiteLinks.Server));
    }
}
