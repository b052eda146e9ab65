using System;

namespace DocGen;

/// <summary>
/// A document's date: the text as the archive wrote it, and what it means. Exact days, months, years, decades,
/// ranges, approximate ("c. 1955") and uncertain ("[1951]") dates, and missing dates all have a value.
/// </summary>
public sealed class DocumentDate : IEquatable<DocumentDate>, IComparable<DocumentDate>
{
    /// <summary>Creates a document date; generated code calls this with values read at compile time.</summary>
    public DocumentDate(string text, DatePoint start, DatePoint end, bool isRange, bool isApproximate, bool isUncertain, string? edtf)
    {
        Text = text ?? string.Empty;
        Start = start;
        End = end;
        IsRange = isRange;
        IsApproximate = isApproximate;
        IsUncertain = isUncertain;
        Edtf = edtf;
    }

    /// <summary>A missing date.</summary>
    public static DocumentDate Unknown { get; } = new(string.Empty, default, default, false, false, false, null);

    /// <summary>The date exactly as written in the document ("June 5, 1951"); empty when there is none.</summary>
    public string Text { get; }

    /// <summary>The date, or the first day of a range.</summary>
    public DatePoint Start { get; }

    /// <summary>The last point of a range; equal to <see cref="Start"/> for a single date.</summary>
    public DatePoint End { get; }

    /// <summary>Whether the date is a range ("June 5-7, 1951", "1945-1946").</summary>
    public bool IsRange { get; }

    /// <summary>Whether the archive marks the date as approximate ("c. 1955").</summary>
    public bool IsApproximate { get; }

    /// <summary>Whether the archive marks the date as uncertain or inferred ("[1951]", "1951?").</summary>
    public bool IsUncertain { get; }

    /// <summary>
    /// The date in the Library of Congress Extended Date/Time Format: "1951-06-05", "1955-04", "1979", "1955~",
    /// "1945/1946"; null when the date is missing or could not be read.
    /// </summary>
    public string? Edtf { get; }

    /// <summary>Whether anything of the date is known.</summary>
    public bool IsKnown => Start.IsKnown;

    /// <summary>How precise the (start of the) date is.</summary>
    public DatePrecision Precision => Start.Precision;

    /// <summary>Orders dates chronologically by start, then end; unknown dates come last; null before any date.</summary>
    public int CompareTo(DocumentDate? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byStart = Start.CompareTo(other.Start);
        return byStart != 0 ? byStart : End.CompareTo(other.End);
    }

    /// <inheritdoc />
    public bool Equals(DocumentDate? other) =>
        other is not null && Text == other.Text && Start == other.Start && End == other.End && IsRange == other.IsRange
        && IsApproximate == other.IsApproximate && IsUncertain == other.IsUncertain && Edtf == other.Edtf;

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as DocumentDate);

    /// <inheritdoc />
    public override int GetHashCode() => (Start.GetHashCode() * 397) ^ End.GetHashCode() ^ StringComparer.Ordinal.GetHashCode(Text);

    /// <summary>The date as written.</summary>
    public override string ToString() => Text;
}
