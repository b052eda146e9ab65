// Shared source: see CitationStyle.cs.
#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// A record's CSL <c>issued</c> date from a document date (precisions as <see cref="CitedDate"/> gives them). A decade
/// becomes a range of its ten years.
/// </summary>
internal static class IssuedDates
{
    /// <summary>The first (or only) point; no parts for an undated document.</summary>
    public static DateParts Start(CitedDate date) =>
        date.StartPrecision == 0 ? default : Parts(date.StartPrecision, date.StartYear, date.StartMonth, date.StartDay);

    /// <summary>The last point of a range or decade; no parts for a single point or an undated document.</summary>
    public static DateParts End(CitedDate date)
    {
        if (date.StartPrecision == 0)
        {
            return default;
        }

        if (date.StartPrecision == 1)
        {
            return new DateParts(1, date.StartYear + 9, 0, 0);
        }

        var sameAsStart = date.EndPrecision == date.StartPrecision && date.EndYear == date.StartYear
            && date.EndMonth == date.StartMonth && date.EndDay == date.StartDay;
        return date.IsRange && date.EndPrecision != 0 && !sameAsStart
            ? Parts(date.EndPrecision, date.EndYear, date.EndMonth, date.EndDay)
            : default;
    }

    private static DateParts Parts(int precision, int year, int month, int day) => precision switch
    {
        4 => new DateParts(3, year, month, day),
        3 => new DateParts(2, year, month, 0),
        _ => new DateParts(1, year, 0, 0),
    };
}
