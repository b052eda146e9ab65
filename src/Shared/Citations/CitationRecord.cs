// Shared source: see CitationStyle.cs.
using System;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// What every citation format is built from: the CSL-JSON variables of one document, as plain values. The runtime
/// library fills it from an <c>ArchiveDocument</c>, the generator from a parsed document, so both format alike.
/// A date is up to three parts (year, month, day); a part count of 0 means no date.
/// </summary>
internal sealed class CitationRecord
{
    public CitationRecord(string id, string title)
    {
        Id = id;
        Title = title;
    }

    public string Id { get; }

    public string Title { get; }

    public string[] Authors { get; set; } = Array.Empty<string>();

    public string[] Recipients { get; set; } = Array.Empty<string>();

    /// <summary>The issued date's first (or only) point.</summary>
    public DateParts Issued { get; set; }

    /// <summary>The last point of a range; no parts when the date is a single point.</summary>
    public DateParts IssuedEnd { get; set; }

    /// <summary>Whether the date is approximate or uncertain (CSL <c>circa</c>).</summary>
    public bool Circa { get; set; }

    public string? Archive { get; set; }

    public string? ArchiveLocation { get; set; }

    public string? Url { get; set; }

    public string? Language { get; set; }

    public string? Abstract { get; set; }

    public DateParts Accessed { get; set; }

    /// <summary>
    /// The printed volume the document is a part of (CSL <c>chapter</c>), or null for a manuscript. With a volume,
    /// <see cref="Issued"/> stays the document's own date: CSL-JSON writes it as <c>original-date</c>.
    /// </summary>
    public CitedPart? Part { get; set; }

    /// <summary>The short title for short notes and in-text citations (CSL <c>title-short</c>), or null.</summary>
    public string? TitleShort => ShortTitles.For(Title);

    /// <summary>Whether the cited version's language lets citeproc change the case of titles (English or unknown).</summary>
    public bool IsEnglish => Language is null || Language.Length == 0 || Language.StartsWith("en", StringComparison.OrdinalIgnoreCase);
}

/// <summary>Where in a printed volume a document stands: the CSL variables of a <c>chapter</c> besides its own.</summary>
internal sealed class CitedPart
{
    public CitedPart(string containerTitle) => ContainerTitle = containerTitle;

    /// <summary>The volume's title (CSL <c>container-title</c>).</summary>
    public string ContainerTitle { get; }

    /// <summary>The series (CSL <c>collection-title</c>), or null.</summary>
    public string? CollectionTitle { get; set; }

    /// <summary>The subseries (CSL <c>collection-number</c>), or null.</summary>
    public string? CollectionNumber { get; set; }

    /// <summary>The volume's number as printed ("Volume XIX, Part 1"), or null.</summary>
    public string? Volume { get; set; }

    public string[] Editors { get; set; } = Array.Empty<string>();

    public string? Publisher { get; set; }

    public string? PublisherPlace { get; set; }

    /// <summary>The year of publication (CSL <c>issued</c>), or 0 when not known.</summary>
    public int Year { get; set; }

    /// <summary>"Document 75" (CSL <c>number</c>) where the edition numbers its documents, or null.</summary>
    public string? Number { get; set; }

    /// <summary>The printed pages ("798–800", CSL <c>page</c>) where the edition is cited by page, or null.</summary>
    public string? Page { get; set; }
}

/// <summary>A CSL date: one to three parts (year, month, day), or none.</summary>
internal readonly struct DateParts
{
    public DateParts(int count, int year, int month, int day)
    {
        Count = count;
        Year = year;
        Month = month;
        Day = day;
    }

    public int Count { get; }

    public int Year { get; }

    public int Month { get; }

    public int Day { get; }

    public bool IsKnown => Count > 0;

    public static DateParts Of(CalendarDay day) => new(3, day.Year, day.Month, day.Day);

    public bool SameAs(DateParts other) => Count == other.Count && Year == other.Year && Month == other.Month && Day == other.Day;
}
