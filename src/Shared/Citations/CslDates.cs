// Shared source: see CitationStyle.cs.
using System.Globalization;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>Dates in the forms of the en-US CSL locale and the four styles, culture-invariant.</summary>
internal static class CslDates
{
    private static readonly string[] Months =
    {
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December",
    };

    private static readonly string[] ShortMonths =
    {
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
    };

    public static string Year(int year) => year.ToString(CultureInfo.InvariantCulture);

    /// <summary>"March 2, 1953", "April 1955", "1961" (Chicago, APA).</summary>
    public static string Long(DateParts date) => date.Count switch
    {
        3 => Months[date.Month - 1] + " " + Year(date.Day) + ", " + Year(date.Year),
        2 => Months[date.Month - 1] + " " + Year(date.Year),
        _ => Year(date.Year),
    };

    /// <summary>"March 2", "April", "" (Chicago author-date's month and day after the year).</summary>
    public static string MonthDay(DateParts date) => date.Count switch
    {
        3 => Months[date.Month - 1] + " " + Year(date.Day),
        2 => Months[date.Month - 1],
        _ => string.Empty,
    };

    /// <summary>"2 Mar. 1953", "Apr. 1955", "1961" (MLA).</summary>
    public static string DayMonthYear(DateParts date) => date.Count switch
    {
        3 => Year(date.Day) + " " + ShortMonths[date.Month - 1] + " " + Year(date.Year),
        2 => ShortMonths[date.Month - 1] + " " + Year(date.Year),
        _ => Year(date.Year),
    };

    /// <summary>
    /// A range of <see cref="Long"/> dates with the parts both ends share written once, as CSL does:
    /// "June 5–7, 1951", "June 5–July 7, 1951", "June 5, 1950–July 7, 1951", "1945–1946".
    /// </summary>
    public static string LongRange(DateParts start, DateParts end)
    {
        if (!end.IsKnown)
        {
            return Long(start);
        }

        if (start.Count == 3 && end.Count == 3 && start.Year == end.Year)
        {
            return start.Month == end.Month
                ? Months[start.Month - 1] + " " + Year(start.Day) + "\u2013" + Year(end.Day) + ", " + Year(start.Year)
                : MonthDay(start) + "\u2013" + MonthDay(end) + ", " + Year(start.Year);
        }

        if (start.Count == 2 && end.Count == 2 && start.Year == end.Year)
        {
            return Months[start.Month - 1] + "\u2013" + Months[end.Month - 1] + " " + Year(start.Year);
        }

        return Long(start) + "\u2013" + Long(end);
    }

    /// <summary>A range of <see cref="MonthDay"/> parts (the years are printed apart): "June 5–7", "June 5–July 7", "December–January".</summary>
    public static string MonthDayRange(DateParts start, DateParts end)
    {
        if (!end.IsKnown || end.Count != start.Count || start.Count < 2)
        {
            return MonthDay(start);
        }

        return start.Count == 3 && start.Year == end.Year && start.Month == end.Month
            ? MonthDay(start) + "\u2013" + Year(end.Day)
            : MonthDay(start) + "\u2013" + MonthDay(end);
    }

    /// <summary>A range of <see cref="DayMonthYear"/> dates (MLA): "5–7 June 1951", "5 June–7 July 1951", "Apr.–May 1955".</summary>
    public static string DayMonthYearRange(DateParts start, DateParts end)
    {
        if (!end.IsKnown)
        {
            return DayMonthYear(start);
        }

        if (start.Count == 3 && end.Count == 3 && start.Year == end.Year)
        {
            return start.Month == end.Month
                ? Year(start.Day) + "\u2013" + Year(end.Day) + " " + ShortMonths[start.Month - 1] + " " + Year(start.Year)
                : Year(start.Day) + " " + ShortMonths[start.Month - 1] + "\u2013" + Year(end.Day) + " " + ShortMonths[end.Month - 1] + " " + Year(start.Year);
        }

        if (start.Count == 2 && end.Count == 2 && start.Year == end.Year)
        {
            return ShortMonths[start.Month - 1] + "\u2013" + ShortMonths[end.Month - 1] + " " + Year(start.Year);
        }

        return DayMonthYear(start) + "\u2013" + DayMonthYear(end);
    }
}
