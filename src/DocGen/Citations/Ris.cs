using System.Globalization;
using System.Text;

namespace DocGen;

/// <summary>
/// One RIS record of type <c>MANSCPT</c>, each line "TAG  - value" ending in CR LF, closed by "ER  - ". Tags follow
/// the RIS specification and Zotero's reading of it: <c>AU</c> authors, <c>TI</c> title, <c>ST</c> short title,
/// <c>PY</c> year, <c>DA</c> date as YYYY/MM/DD/other ("circa" when approximate), <c>DB</c> the online archive,
/// <c>AN</c> the archival references, <c>UR</c> URL, <c>Y2</c> access date, <c>LA</c> language, <c>AB</c> abstract.
/// A value never spans lines: line breaks become spaces. A document of a printed volume (FRUS) is a <c>CHAP</c>:
/// <c>T2</c> the volume, <c>A2</c> its editors, <c>T3</c> the series, <c>M1</c> the subseries, <c>VL</c> the volume
/// number, <c>SE</c> "Document N" or <c>SP</c>/<c>EP</c> the pages, <c>PB</c>/<c>CY</c> the imprint, <c>PY</c> the
/// year of publication, <c>DA</c> the document's own date.
/// </summary>
internal static class Ris
{
    public static string Write(CitationRecord record)
    {
        var ris = new StringBuilder(512);
        var part = record.Part;
        Line(ris, "TY", part is null ? "MANSCPT" : "CHAP");
        for (var i = 0; i < record.Authors.Count; i++)
        {
            Line(ris, "AU", record.Authors[i]);
        }

        Line(ris, "TI", record.Title);
        Line(ris, "ST", record.TitleShort);
        if (part is not null)
        {
            InVolume(ris, part);
        }

        if (record.Issued.IsKnown)
        {
            // A document of a printed volume is published in the volume's year (PY above); DA stays its own date.
            if (part is null)
            {
                Line(ris, "PY", record.Issued.Year.ToString("D4", CultureInfo.InvariantCulture));
            }

            Line(ris, "DA", Date(record.Issued, record.Circa ? "circa" : string.Empty));
        }

        Line(ris, "DB", record.Archive);
        Line(ris, "AN", record.ArchiveLocation);
        Line(ris, "UR", record.Url);
        if (record.Accessed.IsKnown)
        {
            Line(ris, "Y2", Date(record.Accessed, string.Empty));
        }

        Line(ris, "LA", record.Language);
        Line(ris, "AB", record.Abstract);
        ris.Append("ER  - \r\n");
        return ris.ToString();
    }

    private static void InVolume(StringBuilder ris, CitedPart part)
    {
        Line(ris, "T2", part.ContainerTitle);
        foreach (var editor in part.Editors)
        {
            Line(ris, "A2", editor);
        }

        Line(ris, "T3", part.CollectionTitle);
        Line(ris, "M1", part.CollectionNumber);
        Line(ris, "VL", part.Volume);
        Line(ris, "SE", part.Number);
        if (part.Page is { } page)
        {
            var dash = page.IndexOf('\u2013');
            Line(ris, "SP", dash < 0 ? page : page.Substring(0, dash));
            Line(ris, "EP", dash < 0 ? null : page.Substring(dash + 1));
        }

        Line(ris, "PB", part.Publisher);
        Line(ris, "CY", part.PublisherPlace);
        if (part.Year > 0)
        {
            Line(ris, "PY", part.Year.ToString("D4", CultureInfo.InvariantCulture));
        }
    }

    private static string Date(DateParts date, string other) =>
        date.Year.ToString("D4", CultureInfo.InvariantCulture) + "/"
        + (date.Count > 1 ? date.Month.ToString("D2", CultureInfo.InvariantCulture) : string.Empty) + "/"
        + (date.Count > 2 ? date.Day.ToString("D2", CultureInfo.InvariantCulture) : string.Empty) + "/" + other;

    private static void Line(StringBuilder ris, string tag, string? value)
    {
        if (value is null || value.Length == 0)
        {
            return;
        }

        ris.Append(tag).Append("  - ");
        foreach (var c in value)
        {
            ris.Append(c == '\r' || c == '\n' || c == '\u2028' || c == '\u2029' ? ' ' : c);
        }

        ris.Append("\r\n");
    }
}
