namespace DocGen.Core.Dates;

/// <summary>What DG0005 says about each <see cref="DateFault"/>: the problem, and how to write the date instead.</summary>
public static class DateFaultMessages
{
    public const string Forms = "write it as 'June 5, 1951', 'April 1955', '1979', 'c. 1955' or a range such as '1945-1946'";

    public static string For(DateFault fault) => fault switch
    {
        DateFault.ImpossibleDay => "its month has no such day; correct the day (April, June, September and November have 30 days, February 28, or 29 in a leap year)",
        DateFault.AmbiguousOrder => "in numbers alone either number could be the month (6/5/1951 is June 5 in the United States and 6 May elsewhere); write the month as a word, e.g. 'June 5, 1951'",
        DateFault.BackwardRange => "the range ends before it starts; write the earlier date first, e.g. 'June 3-5, 1951' or '1950-1960'",
        _ => Forms,
    };
}
