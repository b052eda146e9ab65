// Shared source: see CitationStyle.cs.
#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// Sets a record's CSL <c>issued</c> date from a document date (precisions as <see cref="CitedDate"/> gives them). A decade becomes a range of its ten years;
/// an approximate or uncertain date is <c>circa</c>.
/// </summary>
internal static class IssuedDates
{
    public static void Set(CitationRecord record, CitedDate date)
    {
        var (startPrecision, startYear, startMonth, startDay) = (date.StartPrecision, date.StartYear, date.StartMonth, date.StartDay);
        var (endPrecision, endYear, endMonth, endDay) = (date.EndPrecision, date.EndYear, date.EndMonth, date.EndDay);
        if (startPrecision == 0)
        {
            return;
        }

        record.Issued = Parts(startPrecision, startYear, startMonth, startDay);
        if (startPrecision == 1)
        {
            record.IssuedEnd = new DateParts(1, startYear + 9, 0, 0);
        }
        else if (date.IsRange && endPrecision != 0
            && !(endPrecision == startPrecision && endYear == startYear && endMonth == startMonth && endDay == startDay))
        {
            record.IssuedEnd = Parts(endPrecision, endYear, endMonth, endDay);
        }

        record.Circa = date.Circa;
    }

    private static DateParts Parts(int precision, int year, int month, int day) => precision switch
    {
        4 => new DateParts(3, year, month, day),
        3 => new DateParts(2, year, month, 0),
        _ => new DateParts(1, year, 0, 0),
    };
}
