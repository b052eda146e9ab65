using System.Collections.Generic;

namespace DocGen.Generator.Tests;

/// <summary>The runtime model generated code builds: shared data cannot be changed, and dates order totally.</summary>
public class RuntimeModelTests
{
    [Fact]
    public void ListsAndFieldsCannotBeChangedByCasting()
    {
        var body = new[] { "first" };
        var fields = new Dictionary<string, string> { ["Keywords"] = "trade" };
        var document = new ArchiveDocument("1", "Title", DocumentDate.Unknown, body: body, fields: fields);

        body[0] = "changed";
        fields["Keywords"] = "changed";

        Assert.Equal("first", document.Body[0]);
        Assert.Equal("trade", document.Fields["Keywords"]);
        Assert.False(document.Body is string[]);
        Assert.True(((ICollection<string>)document.Body).IsReadOnly);
        Assert.False(document.Fields is Dictionary<string, string>);
    }

    [Fact]
    public void DatesOrderChronologicallyWithUnknownLastAndPrecisionBreakingTies()
    {
        var decade = new DatePoint(1950, 0, 0, DatePrecision.Decade);
        var year = new DatePoint(1950, 0, 0, DatePrecision.Year);
        var day = new DatePoint(1950, 6, 5, DatePrecision.Day);

        Assert.True(decade.CompareTo(year) < 0);
        Assert.True(year.CompareTo(day) < 0);
        Assert.True(day.CompareTo(default) < 0);
        Assert.True(DocumentDate.Unknown.CompareTo(null) > 0);
        Assert.Equal("195X", decade.ToString());
        Assert.Equal("1950-06-05", day.ToString());
    }
}
