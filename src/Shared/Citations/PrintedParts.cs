// Shared source: see CitationStyle.cs.
using System.Collections.Generic;
using System.Globalization;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// A document of a printed volume (FRUS) as a CSL <c>chapter</c>: the volume's title, series, subseries, number,
/// editors and imprint as its header states them, and "Document N" or, before the 1955–57 subseries (whose print has
/// no document numbers: the Office of the Historian cites those by page), the pages it is printed on.
/// </summary>
internal static class PrintedParts
{
    /// <summary>The first year of the subseries from which the Office of the Historian cites documents by number.</summary>
    public const int FirstNumberedYear = 1955;

    public static CitedPart? Of(CitedVolume volume, string? number, IReadOnlyList<string> pages)
    {
        var container = Text(volume.VolumeTitle) ?? Text(volume.FullTitle);
        if (container is null)
        {
            return null;
        }

        var subseries = Text(volume.Subseries);
        var part = new CitedPart(container)
        {
            CollectionTitle = Text(volume.Series),
            CollectionNumber = subseries == container ? null : subseries,
            Volume = Text(volume.VolumeNumber),
            Editors = Editors(volume.Editors),
            Publisher = Text(volume.Publisher),
            PublisherPlace = Text(volume.PublicationPlace),
            Year = Year(volume.PublicationYear),
        };
        if (IsNumbered(volume.Id))
        {
            part.Number = Text(number) is { } n ? "Document " + n : null;
        }
        else
        {
            part.Page = PageRange(pages);
        }

        return part;
    }

    /// <summary>Whether the volume's id ("frus1969-76v19p1") starts at or after the first numbered subseries.</summary>
    public static bool IsNumbered(string volumeId)
    {
        var start = volumeId.StartsWith("frus", System.StringComparison.Ordinal) ? 4 : 0;
        return volumeId.Length >= start + 4
            && int.TryParse(volumeId.Substring(start, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year >= FirstNumberedYear;
    }

    /// <summary>The first to the last page its paragraphs start on ("798–800", or "798" for one), or null when none is known.</summary>
    public static string? PageRange(IReadOnlyList<string> pages)
    {
        string? first = null;
        string? last = null;
        foreach (var page in pages)
        {
            if (page.Length == 0)
            {
                continue;
            }

            first ??= page;
            last = page;
        }

        return first is null ? null : first == last ? first : first + "\u2013" + last;
    }

    // The Office of the Historian names the volume's own editors, "not to include the General Editor".
    private static string[] Editors(IReadOnlyList<(string Name, string? Role)> editors)
    {
        var names = new List<string>(editors.Count);
        foreach (var (name, role) in editors)
        {
            if (role != "general" && Text(name) is { } text)
            {
                names.Add(text);
            }
        }

        return names.ToArray();
    }

    private static int Year(string? text) =>
        Text(text) is { Length: 4 } year && int.TryParse(year, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private static string? Text(string? text) => string.IsNullOrWhiteSpace(text) ? null : text!.Trim();
}
