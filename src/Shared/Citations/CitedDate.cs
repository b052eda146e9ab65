// Shared source: see CitationStyle.cs.
#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// A document date as <see cref="IssuedDates"/> reads it. Precision values are those the runtime and core
/// <c>DatePrecision</c> enums share: 0 none, 1 decade, 2 year, 3 month, 4 day.
/// </summary>
internal readonly struct CitedDate
{
    public CitedDate(
        int startPrecision, int startYear, int startMonth, int startDay,
        int endPrecision, int endYear, int endMonth, int endDay,
        bool isRange, bool circa)
    {
        StartPrecision = startPrecision;
        StartYear = startYear;
        StartMonth = startMonth;
        StartDay = startDay;
        EndPrecision = endPrecision;
        EndYear = endYear;
        EndMonth = endMonth;
        EndDay = endDay;
        IsRange = isRange;
        Circa = circa;
    }

    public int StartPrecision { get; }

    public int StartYear { get; }

    public int StartMonth { get; }

    public int StartDay { get; }

    public int EndPrecision { get; }

    public int EndYear { get; }

    public int EndMonth { get; }

    public int EndDay { get; }

    public bool IsRange { get; }

    /// <summary>Whether the date is approximate or uncertain.</summary>
    public bool Circa { get; }
}
