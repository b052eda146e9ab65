// Shared source: see CitationStyle.cs.
using System;
using System.Collections.Generic;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// What every citation format is built from: one document's citable facts as plain values, which the runtime library
/// fills from an <c>ArchiveDocument</c> and the generator from a parsed document (each in one place), and the CSL-JSON
/// variables that follow from them, derived here once for every writer (CSL-JSON, BibTeX, RIS) and so for every style.
/// The facts are set once, when the record is made; a date is up to three parts (year, month, day), 0 parts no date.
/// </summary>
internal sealed class CitationRecord
{
    // Not yet derived; a part is derived on first use, after every fact is set (they are init-only).
    private static readonly CitedPart Unknown = new(string.Empty);

    // No part: the document was not printed in a volume, or the volume names no title.
    private static readonly CitedPart None = new(string.Empty);

    private readonly string? _archive;
    private readonly string? _archiveLocation;
    private CitedPart _part = Unknown;

    public CitationRecord(string id, string title)
    {
        Id = id;
        Title = title;
    }

    public string Id { get; }

    public string Title { get; }

    public IReadOnlyList<string> Authors { get; init; } = Array.Empty<string>();

    public IReadOnlyList<string> Recipients { get; init; } = Array.Empty<string>();

    /// <summary>The document's date as its model states it; <see cref="Issued"/>, <see cref="IssuedEnd"/> and <see cref="Circa"/> follow from it.</summary>
    public CitedDate Date { get; init; }

    /// <summary>The archive that holds a manuscript; null for a part of a printed volume, whose site is its URL, not an archive.</summary>
    public string? Archive
    {
        get => Part is null ? _archive : null;
        init => _archive = value;
    }

    /// <summary>Where in <see cref="Archive"/> the manuscript is; null for a part of a printed volume.</summary>
    public string? ArchiveLocation
    {
        get => Part is null ? _archiveLocation : null;
        init => _archiveLocation = value;
    }

    public string? Url { get; init; }

    public string? Language { get; init; }

    public string? Abstract { get; init; }

    public DateParts Accessed { get; init; }

    /// <summary>The document's number in its printed volume ("75"), or null.</summary>
    public string? Number { get; init; }

    /// <summary>The page each paragraph starts on ("" when not known).</summary>
    public IReadOnlyList<string> Pages { get; init; } = Array.Empty<string>();

    /// <summary>The printed volume the document was published in, as its header states it, or null.</summary>
    public CitedVolume? Volume { get; init; }

    /// <summary>The issued date's first (or only) point.</summary>
    public DateParts Issued => IssuedDates.Start(Date);

    /// <summary>The last point of a range; no parts when the date is a single point.</summary>
    public DateParts IssuedEnd => IssuedDates.End(Date);

    /// <summary>Whether the date is approximate or uncertain (CSL <c>circa</c>).</summary>
    public bool Circa => Issued.IsKnown && Date.Circa;

    /// <summary>
    /// The printed volume the document is a part of (CSL <c>chapter</c>), or null for a manuscript. With a volume,
    /// <see cref="Issued"/> stays the document's own date: CSL-JSON writes it as <c>original-date</c>.
    /// </summary>
    public CitedPart? Part
    {
        get
        {
            // One reference written: records are shared between threads, and a race derives the same part twice.
            var part = _part;
            if (ReferenceEquals(part, Unknown))
            {
                part = (Volume is { } volume ? PrintedParts.Of(volume, Number, Pages) : null) ?? None;
                _part = part;
            }

            return ReferenceEquals(part, None) ? null : part;
        }
    }

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

    /// <summary>The day's three parts, or none when there is no day.</summary>
    public static DateParts Of(CalendarDay? day) => day is { } known ? Of(known) : default;

    public bool SameAs(DateParts other) => Count == other.Count && Year == other.Year && Month == other.Month && Day == other.Day;
}
