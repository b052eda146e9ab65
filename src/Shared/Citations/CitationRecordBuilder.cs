// Shared source: see CitationStyle.cs.
using System;
using System.Collections.Generic;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// The one mapping from a document to its CSL variables, for the generator's constants and the runtime's
/// <c>Cite</c> and exports alike.
/// </summary>
internal static class CitationRecordBuilder
{
    public static CitationRecord Build(CitationSource source, CalendarDay? accessed)
    {
        var record = new CitationRecord(source.Id, source.Title)
        {
            Authors = ToArray(source.Authors),
            Recipients = ToArray(source.Recipients),
            Archive = source.Archive,
            ArchiveLocation = source.ArchiveLocation,
            Url = source.Url,
            Language = source.Language,
            Abstract = source.Summary,
        };
        IssuedDates.Set(record, source.Date);
        if (source.Volume is { } volume && PrintedParts.Of(volume, source.Number, source.Pages) is { } part)
        {
            // The volume is what the reader looks up; the site that serves it is its URL, not an archive.
            record.Part = part;
            record.Archive = null;
            record.ArchiveLocation = null;
        }

        if (accessed is { } day)
        {
            record.Accessed = DateParts.Of(day);
        }

        return record;
    }

    private static string[] ToArray(IReadOnlyList<string> list)
    {
        if (list.Count == 0)
        {
            return Array.Empty<string>();
        }

        var array = new string[list.Count];
        for (var i = 0; i < array.Length; i++)
        {
            array[i] = list[i];
        }

        return array;
    }
}
