// Shared source: see CitationStyle.cs.
using System;
using System.Collections.Generic;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>A printed volume (FRUS) as its header states it, set once (a record derives its part from it); missing texts are null.</summary>
internal sealed class CitedVolume
{
    /// <summary>The volume's id ("frus1969-76v19p1"), whose first year names its era.</summary>
    public string Id { get; init; } = string.Empty;

    public string? FullTitle { get; init; }

    public string? Series { get; init; }

    public string? Subseries { get; init; }

    public string? VolumeNumber { get; init; }

    public string? VolumeTitle { get; init; }

    /// <summary>The editors with their roles ("primary", "general", or null), in the header's order.</summary>
    public IReadOnlyList<(string Name, string? Role)> Editors { get; init; } = Array.Empty<(string, string?)>();

    public string? Publisher { get; init; }

    public string? PublicationPlace { get; init; }

    public string? PublicationYear { get; init; }
}
