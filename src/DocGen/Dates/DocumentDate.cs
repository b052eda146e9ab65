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

    /// <summary>
    /// Whether the date is one known day, not a range and not marked approximate or uncertain ("June 5, 1951", but not
    /// "c. June 5, 1951", "[June 5, 1951]" or "June 5-7, 1951"): the dates that convert to <see cref="DateTime"/> and
    /// DateOnly. For the others, <see cref="Start"/> and <see cref="End"/> convert where they are days.
    /// </summary>
    public bool IsExact => !IsRange && !IsApproximate && !IsUncertain && Start.Precision == DatePrecision.Day;

    /// <summary>The day at midnight (kind <see cref="DateTimeKind.Unspecified"/>) when the date <see cref="IsExact"/>; otherwise false.</summary>
    /// <param name="value">The day, or <see langword="default"/> when the date is not exact.</param>
    public bool TryGetDateTime(out DateTime value)
    {
        if (IsExact)
        {
            return Start.TryGetDateTime(out value);
        }

        value = default;
        return false;
    }

    /// <summary>The day at midnight when the date <see cref="IsExact"/>.</summary>
    /// <exception cref="InvalidOperationException">The date is not one exact day.</exception>
    public DateTime ToDateTime() => TryGetDateTime(out var value) ? value : throw NotExact(nameof(DateTime));

#if NET6_0_OR_GREATER
    /// <summary>The day when the date <see cref="IsExact"/>; otherwise false.</summary>
    /// <param name="value">The day, or <see langword="default"/> when the date is not exact.</param>
    public bool TryGetDateOnly(out DateOnly value)
    {
        if (IsExact)
        {
            return Start.TryGetDateOnly(out value);
        }

        value = default;
        return false;
    }

    /// <summary>The day when the date <see cref="IsExact"/>.</summary>
    /// <exception cref="InvalidOperationException">The date is not one exact day.</exception>
    public DateOnly ToDateOnly() => TryGetDateOnly(out var value) ? value : throw NotExact(nameof(DateOnly));
#endif

    private InvalidOperationException NotExact(string type) => new(
        $"The date '{Text}' is not one exact day ({Describe()}), so it has no single {type}; check IsExact or use TryGet{type}, or convert Start or End.");

    private string Describe() =>
        !IsKnown ? "it is missing or could not be read"
        : IsRange ? "it is a range"
        : IsApproximate ? "it is approximate"
        : IsUncertain ? "it is uncertain"
        : "its precision is " + Precision;

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
