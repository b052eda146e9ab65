namespace DocGen.Core.Dates;

/// <summary>Why a date line was not understood, so its diagnostic can name the problem.</summary>
public enum DateFault
{
    /// <summary>The date was understood, or is missing.</summary>
    None,

    /// <summary>Not in any form DocGen reads ("Spring of that year").</summary>
    Unreadable,

    /// <summary>A day its month does not have ("June 31, 1951", "February 29, 1951").</summary>
    ImpossibleDay,

    /// <summary>Day and month both as numbers, either of which could be the month ("6/5/1951").</summary>
    AmbiguousOrder,

    /// <summary>A range whose end is before its start ("June 5-3, 1951", "1960-1950").</summary>
    BackwardRange,
}
