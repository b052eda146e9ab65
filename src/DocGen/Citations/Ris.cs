using System.Globalization;
using System.Text;

namespace DocGen;

/// <summary>
/// One RIS record of type <c>MANSCPT</c>, each line "TAG  - value" ending in CR LF, closed by "ER  - ". Tags follow
/// the RIS specification and Zotero's reading of it: <c>AU</c> authors, <c>TI</c> title, <c>ST</c> short title,
/// <c>PY</c> year, <c>DA</c> date as YYYY/MM/DD/other ("circa" when approximate), <c>DB</c> the online archive,
/// <c>AN</c> the archival references, <c>UR</c> URL, <c>Y2</c> access date, <c>LA</c> language, <c>AB</c> abstract.
/// A value never spans lines: line breaks become spaces.
/// </summary>
internal static class Ris
{
    public static string Write(CitationRecord record)
    {
        var ris = new StringBuilder(512);
        Line(ris, "TY", "MANSCPT");
        foreach (var author in record.Authors)
        {
            Line(ris, "AU", author);
        }

        Line(ris, "TI", record.Title);
        Line(ris, "ST", record.TitleShort);
        if (record.Issued.IsKnown)
        {
            Line(ris, "PY", record.Issued.Year.ToString("D4", CultureInfo.InvariantCulture));
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
