// Shared source: see CitationStyle.cs.
using System.Globalization;
using System.Text;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>Writes a <see cref="CitationRecord"/> as one CSL-JSON item, with a fixed key order and RFC 8259 escaping.</summary>
internal static class CslJson
{
    public static string Write(CitationRecord record)
    {
        var json = new StringBuilder(512);
        json.Append('{');
        Pair(json, "id", record.Id, first: true);
        Pair(json, "type", record.Part is null ? "manuscript" : "chapter");
        Pair(json, "title", record.Title);
        Pair(json, "title-short", record.TitleShort);
        Names(json, "author", record.Authors);
        Names(json, "recipient", record.Recipients);
        var part = record.Part;
        if (part is not null)
        {
            Names(json, "editor", part.Editors);
            Pair(json, "container-title", part.ContainerTitle);
            Pair(json, "collection-title", part.CollectionTitle);
            Pair(json, "collection-number", part.CollectionNumber);
            Pair(json, "volume", part.Volume);
            Pair(json, "number", part.Number);
            Pair(json, "page", part.Page);
            Pair(json, "publisher", part.Publisher);
            Pair(json, "publisher-place", part.PublisherPlace);
            if (part.Year > 0)
            {
                json.Append(",\"issued\":{\"date-parts\":[");
                Parts(json, new DateParts(1, part.Year, 0, 0));
                json.Append("]}");
            }
        }

        // A part of a printed volume is issued when the volume is; the document's own date is its original date.
        Date(json, part is null ? "issued" : "original-date", record);
        if (record.Accessed.IsKnown)
        {
            json.Append(",\"accessed\":{\"date-parts\":[");
            Parts(json, record.Accessed);
            json.Append("]}");
        }

        Pair(json, "archive", record.Archive);
        Pair(json, "archive_location", record.ArchiveLocation);
        Pair(json, "URL", record.Url);
        Pair(json, "language", record.Language);
        Pair(json, "abstract", record.Abstract);
        json.Append('}');
        return json.ToString();
    }

    /// <summary>Appends a JSON string literal: quotes, backslashes and every control or line-separator character escaped.</summary>
    public static void String(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                default:
                    if (c < ' ' || c == '\u2028' || c == '\u2029' || c == '\u007F')
                    {
                        json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        json.Append(c);
                    }

                    break;
            }
        }

        json.Append('"');
    }

    private static void Pair(StringBuilder json, string key, string? value, bool first = false)
    {
        if (value is null)
        {
            return;
        }

        if (!first)
        {
            json.Append(',');
        }

        json.Append('"').Append(key).Append("\":");
        String(json, value);
    }

    private static void Names(StringBuilder json, string key, string[] names)
    {
        if (names.Length == 0)
        {
            return;
        }

        json.Append(",\"").Append(key).Append("\":[");
        for (var i = 0; i < names.Length; i++)
        {
            json.Append(i == 0 ? "{\"literal\":" : ",{\"literal\":");
            String(json, names[i]);
            json.Append('}');
        }

        json.Append(']');
    }

    private static void Date(StringBuilder json, string key, CitationRecord record)
    {
        if (!record.Issued.IsKnown)
        {
            return;
        }

        json.Append(",\"").Append(key).Append("\":{\"date-parts\":[");
        Parts(json, record.Issued);
        if (record.IssuedEnd.IsKnown)
        {
            json.Append(',');
            Parts(json, record.IssuedEnd);
        }

        json.Append(']');
        if (record.Circa)
        {
            json.Append(",\"circa\":true");
        }

        json.Append('}');
    }

    private static void Parts(StringBuilder json, DateParts date)
    {
        json.Append('[').Append(date.Year.ToString(CultureInfo.InvariantCulture));
        if (date.Count > 1)
        {
            json.Append(',').Append(date.Month.ToString(CultureInfo.InvariantCulture));
        }

        if (date.Count > 2)
        {
            json.Append(',').Append(date.Day.ToString(CultureInfo.InvariantCulture));
        }

        json.Append(']');
    }
}
