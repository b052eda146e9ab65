using System.Globalization;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Dates;

/// <summary>Writes Library of Congress EDTF (ISO 8601-2) level 1 strings.</summary>
internal static class Edtf
{
    [MethodImpl(Jit.Optimized)]
    public static string Format(DatePoint start, DatePoint end, bool isRange, bool approximate, bool uncertain)
    {
        var qualifier = approximate && uncertain ? "%" : approximate ? "~" : uncertain ? "?" : string.Empty;

        // Level 1 intervals qualify each end separately: "1950~/1952~".
        return isRange
            ? Point(start) + qualifier + "/" + Point(end) + qualifier
            : Point(start) + qualifier;
    }

    [MethodImpl(Jit.Optimized)]
    public static string Point(DatePoint point)
    {
        var year = point.Year.ToString(CultureInfo.InvariantCulture).PadLeft(4, '0');
        return point.Precision switch
        {
            // Level 1 "unspecified digit": the decade 1950s is 195X.
            DatePrecision.Decade => year.Substring(0, 3) + "X",
            DatePrecision.Month => year + "-" + TwoDigits(point.Month),
            DatePrecision.Day => year + "-" + TwoDigits(point.Month) + "-" + TwoDigits(point.Day),
            _ => year,
        };
    }

    [MethodImpl(Jit.Optimized)]
    private static string TwoDigits(int value) => value.ToString("00", CultureInfo.InvariantCulture);
}
