using DocGen.Core.Dates;

namespace DocGen.Generator.Naming;

/// <summary>Chronological order of date points; unknown dates sort after every known one.</summary>
public static class DateOrder
{
    public static int Compare(DatePoint left, DatePoint right)
    {
        if (left.IsKnown != right.IsKnown)
        {
            return left.IsKnown ? -1 : 1;
        }

        var byYear = left.Year.CompareTo(right.Year);
        if (byYear != 0)
        {
            return byYear;
        }

        var byMonth = left.Month.CompareTo(right.Month);
        return byMonth != 0 ? byMonth : left.Day.CompareTo(right.Day);
    }
}
