using System.Runtime.CompilerServices;

namespace DocGen.Core.Dates;

/// <summary>
/// One end of a date as written, possibly missing parts that the other end supplies ("June 5" in "June 5 - July 2, 1951",
/// "7, 1951" in "June 5-7, 1951"). Zero means "not written".
/// </summary>
internal struct DateFragment
{
    public int Year;
    public int Month;
    public int Day;
    public bool IsDecade;

    public bool HasYear => Year != 0;

    /// <summary>Whether the fragment names a real year and month but a day past the month's end ("June 31, 1951").</summary>
    public readonly bool IsDayPastMonthEnd =>
        Year is >= 1 and <= 9999 && Month is >= 1 and <= 12 && !IsDecade && Day > GregorianCalendarRules.DaysInMonth(Year, Month);

    /// <summary>Turns a completed fragment into a point, rejecting dates that are not on the calendar ("February 30, 1951").</summary>
    [MethodImpl(Jit.Optimized)]
    public readonly bool TryToPoint(out DatePoint point)
    {
        point = DatePoint.None;
        if (Year < 1 || Year > 9999)
        {
            return false;
        }

        if (IsDecade)
        {
            point = new DatePoint(Year, 0, 0, DatePrecision.Decade);
            return true;
        }

        if (Month == 0)
        {
            if (Day != 0)
            {
                return false;
            }

            point = new DatePoint(Year, 0, 0, DatePrecision.Year);
            return true;
        }

        if (Month > 12)
        {
            return false;
        }

        if (Day == 0)
        {
            point = new DatePoint(Year, Month, 0, DatePrecision.Month);
            return true;
        }

        if (Day > GregorianCalendarRules.DaysInMonth(Year, Month))
        {
            return false;
        }

        point = new DatePoint(Year, Month, Day, DatePrecision.Day);
        return true;
    }
}
