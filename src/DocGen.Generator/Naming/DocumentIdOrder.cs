using System;
using System.Collections.Generic;

namespace DocGen.Generator.Naming;

/// <summary>
/// How <c>All</c> orders documents of the same date: ids of ASCII digits only (the archive's URL numbers) by
/// value, so "9" comes before "10"; every other id after those, in ordinal order. Numbers go first, rather than
/// comparing a number with a slug ordinally, because that mix is no order at all ("9" &lt; "10" &lt; "1a" &lt; "9").
/// </summary>
public sealed class DocumentIdOrder : IComparer<string>
{
    public static readonly DocumentIdOrder Instance = new();

    private DocumentIdOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        var xNumber = IsNumber(x);
        var yNumber = IsNumber(y);
        if (xNumber != yNumber)
        {
            return xNumber ? -1 : 1;
        }

        if (xNumber)
        {
            var byValue = CompareNumbers(x!, y!);
            if (byValue != 0)
            {
                return byValue;
            }
        }

        // Ordinal: every other id, and equal numbers written with other leading zeros ("007" before "7").
        return string.CompareOrdinal(x, y);
    }

    private static bool IsNumber(string? id)
    {
        if (string.IsNullOrEmpty(id))
        {
            return false;
        }

        foreach (var c in id!)
        {
            if (c is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Without leading zeros, a longer number is larger; of equal length, ordinal order is numeric order.</summary>
    private static int CompareNumbers(string x, string y)
    {
        var xStart = FirstSignificant(x);
        var yStart = FirstSignificant(y);
        var xLength = x.Length - xStart;
        var yLength = y.Length - yStart;
        return xLength != yLength ? xLength.CompareTo(yLength) : string.CompareOrdinal(x, xStart, y, yStart, xLength);
    }

    private static int FirstSignificant(string digits)
    {
        var i = 0;
        while (i < digits.Length && digits[i] == '0')
        {
            i++;
        }

        return i;
    }
}
