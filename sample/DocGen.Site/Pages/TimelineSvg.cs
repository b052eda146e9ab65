using System.Globalization;
using System.Linq;
using System.Text;
using DocGen.Site.Catalog;

namespace DocGen.Site.Pages;

/// <summary>
/// The timeline drawn on the server as SVG: a bar for each period with documents, as tall as its share of the fullest
/// period, linking to the catalog of that period and named for screen readers ("1950-10: 3 documents").
/// </summary>
public static class TimelineSvg
{
    public const int BarWidth = 14;
    public const int Height = 120;
    private const int AxisHeight = 18;

    public static string Render(Timeline timeline, SiteLinks links)
    {
        if (timeline.Bars.Count == 0)
        {
            return "<p>No document is dated.</p>\n";
        }

        var most = timeline.Bars.Max(bar => bar.Count);
        var width = timeline.Bars.Count * BarWidth;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture, $"<figure class=\"timeline\">\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{Height + AxisHeight}\" viewBox=\"0 0 {width} {Height + AxisHeight}\" role=\"group\" aria-label=\"Documents by {(timeline.IsMonthly ? "month" : "year")}\">\n");
        for (var i = 0; i < timeline.Bars.Count; i++)
        {
            var bar = timeline.Bars[i];
            var x = i * BarWidth;
            if (bar.Count > 0)
            {
                var height = System.Math.Max(2, bar.Count * Height / most);
                var label = $"{bar.Label}: {HomePage.Count(bar.Count)}";
                svg.Append("<a href=\"").Append(Html.Attribute(links.Catalog(bar.Query))).Append("\" aria-label=\"").Append(Html.Attribute(label)).Append("\">")
                    .Append(CultureInfo.InvariantCulture, $"<rect class=\"bar\" x=\"{x + 1}\" y=\"{Height - height}\" width=\"{BarWidth - 2}\" height=\"{height}\"><title>{Html.Text(label)}</title></rect></a>\n");
            }

            // A tick label at each year's start (monthly) or every fifth year (yearly), so labels never overlap.
            if (timeline.IsMonthly ? bar.Label.EndsWith("-01", System.StringComparison.Ordinal) || i == 0 : i % 5 == 0)
            {
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x}\" y=\"{Height + AxisHeight - 4}\" aria-hidden=\"true\">{Html.Text(bar.Label[..4])}</text>\n");
            }
        }

        svg.Append("</svg>\n<figcaption>")
            .Append(timeline.IsMonthly ? "Documents by month" : "Documents by year")
            .Append(": choose a bar to see that period in the catalog.")
            .Append(timeline.Undated > 0 ? $" {HomePage.Count(timeline.Undated)} without a date." : string.Empty)
            .Append("</figcaption>\n</figure>\n");
        return svg.ToString();
    }
}
