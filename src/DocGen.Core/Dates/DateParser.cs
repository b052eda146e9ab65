using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Dates;

/// <summary>
/// Parses the archive's date lines ("June 5, 1951", "April 1955", "1979", ranges, approximate dates) into a
/// <see cref="ParsedDate"/> with an EDTF level 1 string. Never throws: anything it does not understand, including calendar
/// dates that do not exist, backward ranges and two-digit years, comes back as <see cref="ParsedDate.Unknown"/> with
/// the <see cref="DateFault"/> that says why.
/// </summary>
public static class DateParser
{
    [MethodImpl(Jit.Optimized)]
    public static ParsedDate Parse(string text)
    {
        // A null slips past nullable annotations from untyped callers; Text stays non-null for consumers.
        if (text is null)
        {
            return ParsedDate.Unknown(string.Empty);
        }

        var tokens = new List<DateToken>();
        if (!DateTokenizer.TryTokenize(text, tokens))
        {
            return ParsedDate.Unknown(text, DateFault.Unreadable);
        }

        var grammar = new DateGrammar(tokens);
        if (!grammar.TryParse(out var start, out var end, out var isRange))
        {
            var fault = grammar.SawImpossibleDay ? DateFault.ImpossibleDay : NumericDates.IsAmbiguous(tokens) ? DateFault.AmbiguousOrder : DateFault.Unreadable;
            return ParsedDate.Unknown(text, fault);
        }

        if (isRange && EndsBeforeItStarts(start, end))
        {
            return ParsedDate.Unknown(text, DateFault.BackwardRange);
        }

        var edtf = Edtf.Format(start, end, isRange, grammar.IsApproximate, grammar.IsUncertain);
        return new ParsedDate(text, start, end, isRange, grammar.IsApproximate, grammar.IsUncertain, edtf);
    }

    /// <summary>Whether the last day the end can mean is before the first day the start can mean.</summary>
    private static bool EndsBeforeItStarts(DatePoint start, DatePoint end) => Last(end).CompareTo(First(start)) < 0;

    private static (int Year, int Month, int Day) First(DatePoint point) =>
        (point.Year, point.Month == 0 ? 1 : point.Month, point.Day == 0 ? 1 : point.Day);

    private static (int Year, int Month, int Day) Last(DatePoint point)
    {
        var year = point.Precision == DatePrecision.Decade ? point.Year + 9 : point.Year;
        var month = point.Month == 0 ? 12 : point.Month;
        return (year, month, point.Day == 0 ? GregorianCalendarRules.DaysInMonth(year, month) : point.Day);
    }
}
