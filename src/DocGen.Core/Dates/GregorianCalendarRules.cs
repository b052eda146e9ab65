using System.Runtime.CompilerServices;

namespace DocGen.Core.Dates;

/// <summary>Proleptic Gregorian month lengths, computed without System.Globalization so no culture's calendar can leak in.</summary>
internal static class GregorianCalendarRules
{
    [MethodImpl(Jit.Optimized)]
    public static bool IsLeapYear(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    /// <summary>Days in <paramref name="month"/> (1-12) of <paramref name="year"/>.</summary>
    [MethodImpl(Jit.Optimized)]
    public static int DaysInMonth(int year, int month) => month switch
    {
        2 => IsLeapYear(year) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };
}
