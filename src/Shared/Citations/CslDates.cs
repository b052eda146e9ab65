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

    /// <summary>A range in one of the forms above: each end in full, joined by an en dash ("1945–1946").</summary>
    public static string Range(DateParts start, DateParts end, System.Func<DateParts, string> form) =>
        end.IsKnown ? form(start) + "\u2013" + form(end) : form(start);
}
