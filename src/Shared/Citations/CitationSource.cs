// Shared source: see CitationStyle.cs.
using System;
using System.Collections.Generic;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// What a citation needs of a document, as plain values: the generator fills it from a parsed document and the runtime
/// library from an <c>ArchiveDocument</c>, each in one place, and <see cref="CitationRecordBuilder"/> maps it to a
/// <see cref="CitationRecord"/> the one way both share.
/// </summary>
internal sealed class CitationSource
{
    public CitationSource(string id, string title)
    {
        Id = id;
        Title = title;
    }

    public string Id { get; }

    public string Title { get; }

    public IReadOnlyList<string> Authors { get; set; } = Array.Empty<string>();

    public IReadOnlyList<string> Recipients { get; set; } = Array.Empty<string>();

    public string? Archive { get; set; }

    public string? ArchiveLocation { get; set; }

    public string? Url { get; set; }

    public string? Language { get; set; }

    public string? Summary { get; set; }

    public CitedDate Date { get; set; }

    /// <summary>The document's number in its printed volume ("75"), or null.</summary>
    public string? Number { get; set; }

    /// <summary>The page each paragraph starts on ("" when not known).</summary>
    public IReadOnlyList<string> Pages { get; set; } = Array.Empty<string>();

    /// <summary>The printed volume the document was published in, or null.</summary>
    public CitedVolume? Volume { get; set; }
}

/// <summary>
/// A document date as <see cref="IssuedDates"/> reads it. Precision values are those the runtime and core
/// <c>DatePrecision</c> enums share: 0 none, 1 decade, 2 year, 3 month, 4 day.
/// </summary>
internal readonly struct CitedDate
{
    public CitedDate(
        int startPrecision, int startYear, int startMonth, int startDay,
        int endPrecision, int endYear, int endMonth, int endDay,
        bool isRange, bool circa)
    {
        StartPrecision = startPrecision;
        StartYear = startYear;
        StartMonth = startMonth;
        StartDay = startDay;
        EndPrecision = endPrecision;
        EndYear = endYear;
        EndMonth = endMonth;
        EndDay = endDay;
        IsRange = isRange;
        Circa = circa;
    }

    public int StartPrecision { get; }

    public int StartYear { get; }

    public int StartMonth { get; }

    public int StartDay { get; }

    public int EndPrecision { get; }

    public int EndYear { get; }

    public int EndMonth { get; }

    public int EndDay { get; }

    public bool IsRange { get; }

    /// <summary>Whether the date is approximate or uncertain.</summary>
    public bool Circa { get; }
}

/// <summary>A printed volume (FRUS) as its header states it; missing texts are null.</summary>
internal sealed class CitedVolume
{
    /// <summary>The volume's id ("frus1969-76v19p1"), whose first year names its era.</summary>
    public string Id { get; set; } = string.Empty;

    public string? FullTitle { get; set; }

    public string? Series { get; set; }

    public string? Subseries { get; set; }

    public string? VolumeNumber { get; set; }

    public string? VolumeTitle { get; set; }

    /// <summary>The editors with their roles ("primary", "general", or null), in the header's order.</summary>
    public IReadOnlyList<(string Name, string? Role)> Editors { get; set; } = Array.Empty<(string, string?)>();

    public string? Publisher { get; set; }

    public string? PublicationPlace { get; set; }

    public string? PublicationYear { get; set; }
}
