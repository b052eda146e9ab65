using System;

namespace DocGen.Csl.Data;

/// <summary>One point of a date: year (0 when absent; negative for BC), month (0 when absent; 13–16 are seasons), day (0 when absent).</summary>
public readonly record struct DatePoint(int Year, int Month, int Day)
{
    public bool IsEmpty => Year == 0 && Month == 0 && Day == 0;
}

/// <summary>A CSL-JSON date: one point or a range of two, or a literal, with season and circa.</summary>
public sealed record CslDate
{
    /// <remarks>An array, not a list: a List of this struct is generic code of its own, compiled (three times over) in
    /// every build's cold run for each document's dates.</remarks>
    public DatePoint[] Points { get; init; } = Array.Empty<DatePoint>();

    public string? Literal { get; init; }

    /// <summary>A season number 1–4, or null; a season given as text is kept in <see cref="SeasonText"/>.</summary>
    public int? Season { get; init; }

    public string? SeasonText { get; init; }

    public bool Circa { get; init; }

    public bool IsRange => Points.Length > 1 && !Points[1].IsEmpty;

    public DatePoint Start => Points.Length > 0 ? Points[0] : default;
}
