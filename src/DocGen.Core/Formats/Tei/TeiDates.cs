using System.Text.RegularExpressions;
using DocGen.Core.Dates;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>Reads the ISO values of TEI date attributes (YYYY, YYYY-MM, xs:date, xs:dateTime with or without an offset) into DocGen's date model.</summary>
internal static class TeiDates
{
    private static readonly Regex Iso = new(
        @"^(?<y>\d{4})(?:-(?<m>\d{2})(?:-(?<d>\d{2})(?:T(?<h>\d{2}):(?<min>\d{2})(?::(?<s>\d{2})(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?)?)?)?$",
        RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>The point an ISO value names, or <see cref="DatePoint.None"/> when it is not a real date.</summary>
    public static DatePoint Point(string? value)
    {
        if (value is null)
        {
            return DatePoint.None;
        }

        var match = Iso.Match(value.Trim());
        if (!match.Success)
        {
            return DatePoint.None;
        }

        var year = int.Parse(match.Groups["y"].Value, System.Globalization.CultureInfo.InvariantCulture);
        if (!match.Groups["m"].Success)
        {
            return new DatePoint(year, 0, 0, DatePrecision.Year);
        }

        var month = Number(match.Groups["m"].Value);
        if (month is < 1 or > 12)
        {
            return DatePoint.None;
        }

        if (!match.Groups["d"].Success)
        {
            return new DatePoint(year, month, 0, DatePrecision.Month);
        }

        var day = Number(match.Groups["d"].Value);
        if (day < 1 || day > GregorianCalendarRules.DaysInMonth(year, month))
        {
            return DatePoint.None;
        }

        if (match.Groups["h"].Success && (Number(match.Groups["h"].Value) > 24 || Number(match.Groups["min"].Value) > 59
            || (match.Groups["s"].Success && Number(match.Groups["s"].Value) > 60)))
        {
            return DatePoint.None;
        }

        return new DatePoint(year, month, day, DatePrecision.Day);
    }

    /// <summary>A date from one value or from two ends; null when a value is written but is not a date.</summary>
    public static TeiDate? Read(string text, string? start, string? end, TeiDateKind kind, SourceSpan span)
    {
        // A month and day with no year (xs:gMonthDay "--11-14", xs:gMonth "--11") is valid but dates nothing.
        if (start is not null && start.StartsWith("--", System.StringComparison.Ordinal))
        {
            return new TeiDate(ParsedDate.Unknown(text), start, end, kind, span);
        }

        var first = Point(start);
        if (start is not null && !first.IsKnown)
        {
            return null;
        }

        if (kind == TeiDateKind.When)
        {
            return new TeiDate(new ParsedDate(text, first, first, false, false, false, Edtf.Point(first)), start, null, kind, span);
        }

        var last = Point(end);
        if (end is not null && !last.IsKnown)
        {
            return null;
        }

        // One end missing: the range is open on that side, which EDTF writes as "..".
        if (!first.IsKnown && !last.IsKnown)
        {
            return null;
        }

        var edtf = (first.IsKnown ? Edtf.Point(first) : "..") + "/" + (last.IsKnown ? Edtf.Point(last) : "..");
        if (first.IsKnown && last.IsKnown && first.Equals(last))
        {
            edtf = Edtf.Point(first);
        }

        var isRange = !first.Equals(last);
        var date = new ParsedDate(text, first.IsKnown ? first : last, last.IsKnown ? last : first, isRange, false, false, edtf);
        return new TeiDate(date, start, end, kind, span);
    }

    private static readonly Regex Time = new(@"T(?<time>\d{2}:\d{2}(:\d{2})?)(\.\d+)?(?<offset>Z|[+-]\d{2}:\d{2})?$", RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture);

    /// <summary>
    /// The time of day a date states, and its offset ("Z" written "+00:00"), or nulls: from a dateline's <c>@when</c>,
    /// or from a reviewed document range whose two ends are one instant (a range of a whole day states no time).
    /// </summary>
    public static (string? Time, string? Offset) TimeOf(TeiDate date)
    {
        var states = date.Kind == TeiDateKind.When || (date.Kind == TeiDateKind.DocumentRange && date.Start == date.End);
        var match = states && date.Start is not null ? Time.Match(date.Start) : Match.Empty;
        if (!match.Success)
        {
            return (null, null);
        }

        var offset = match.Groups["offset"].Success ? match.Groups["offset"].Value : null;
        return (match.Groups["time"].Value, offset == "Z" ? "+00:00" : offset);
    }

    private static int Number(string digits) => int.Parse(digits, System.Globalization.CultureInfo.InvariantCulture);
}
