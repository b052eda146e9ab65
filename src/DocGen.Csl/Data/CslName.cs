namespace DocGen.Csl.Data;

/// <summary>One personal or institutional name of a CSL-JSON item, with its particles split out.</summary>
public sealed record CslName
{
    public string? Family { get; init; }

    public string? Given { get; init; }

    public string? DroppingParticle { get; init; }

    public string? NonDroppingParticle { get; init; }

    public string? Suffix { get; init; }

    /// <summary>An institution or a name to print as it stands.</summary>
    public string? Literal { get; init; }

    /// <summary>A comma goes before the suffix ("Jr.") even in display order.</summary>
    public bool CommaSuffix { get; init; }

    /// <summary>Family name first whatever the style says (East Asian names are detected too).</summary>
    public bool StaticOrdering { get; init; }

    public bool IsLiteral => Literal is not null || (Family is null && Given is null);
}
