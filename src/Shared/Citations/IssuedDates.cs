// Shared source: see CitationStyle.cs.
#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// Sets a record's CSL <c>issued</c> date from a document date. Precision values are those the runtime and core
/// <c>DatePrecision</c> enums share: 0 none, 1 decade, 2 year, 3 month, 4 day. A decade becomes a range of its ten years;
/// an approximate or uncertain date is <c>circa</c>.
/// </summary>
internal static class IssuedDates
{
    public static void Set(
        CitationRecord record,
        int startPrecision, int startYear, int startMonth, int startDay,
        int endPrecision, int endYear, int endMonth, int endDay,
        bool isRange, bool circa)
    {
        if (startPrecision == 0)
        {
            return;
        }

        record.Issued = Parts(startPrecision, startYear, startMonth, startDay);
        if (startPrecision == 1)
        {
            record.IssuedEnd = new DateParts(1, startYear + 9, 0, 0);
        }
        else if (isRange && endPrecision != 0
            && !(endPrecision == startPrecision && endYear == startYear && endMonth == startMonth && endDay == startDay))
        {
            record.IssuedEnd = Parts(endPrecision, endYear, endMonth, endDay);
        }

        record.Circa = circa;
    }

    private static DateParts Parts(int precision, int year, int month, int day) => precision switch
    {
        4 => new DateParts(3, year, month, day),
        3 => new DateParts(2, year, month, 0),
        _ => new DateParts(1, year, 0, 0),
    };
}
