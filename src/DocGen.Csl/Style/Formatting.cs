namespace DocGen.Csl.Style;

/// <summary>The affixes and formatting attributes a rendering element may carry (CSL 1.0.2 "Formatting", "Affixes",
/// "Display", "Quotes", "Strip-periods", "Text-case").</summary>
public sealed record Formatting
{
    public static readonly Formatting None = new();

    public string? Prefix { get; init; }

    public string? Suffix { get; init; }

    public string? FontStyle { get; init; }

    public string? FontVariant { get; init; }

    public string? FontWeight { get; init; }

    public string? TextDecoration { get; init; }

    public string? VerticalAlign { get; init; }

    public string? Display { get; init; }

    public bool Quotes { get; init; }

    public bool StripPeriods { get; init; }

    public string? TextCase { get; init; }

    public bool HasAffixes => !string.IsNullOrEmpty(Prefix) || !string.IsNullOrEmpty(Suffix);

    /// <summary>The same formatting without prefix and suffix (for parts that carry the affixes elsewhere).</summary>
    public Formatting WithoutAffixes() => this with { Prefix = null, Suffix = null };
}
