using System.Collections.Generic;
using DocGen.Csl.Data;

namespace DocGen.Csl.Render;

/// <summary>What disambiguation decided for one item: how many names to show when et-al truncates, how far to expand
/// given names, whether the disambiguate condition holds, and its year-suffix.</summary>
internal sealed record ItemDisambiguation
{
    public static readonly ItemDisambiguation None = new();

    public int NamesShown { get; init; }

    /// <summary>Per name: 1 adds initials (or the given name when the style has no initialize-with), 2 the full given name.</summary>
    public IReadOnlyDictionary<CslName, int> GivenLevels { get; init; } = new Dictionary<CslName, int>();

    public bool Condition { get; init; }

    public string? YearSuffix { get; init; }
}
