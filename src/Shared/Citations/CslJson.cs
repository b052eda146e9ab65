// Shared source: see CitationStyle.cs.
using System;
using System.Collections.Generic;
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
        Value(json, Item(record));
        return json.ToString();
    }

    /// <summary>
    /// The item as a JSON value (objects are dictionaries in key order, arrays lists, numbers doubles): the one mapping
    /// from a record to CSL-JSON. <see cref="Write"/> writes it; the processor reads it as it is, with no text between.
    /// </summary>
    public static Dictionary<string, object?> Item(CitationRecord record)
    {
        var part = record.Part;
        var item = new Dictionary<string, object?>(StringComparer.Ordinal) { ["id"] = record.Id, ["type"] = part is null ? "manuscript" : "chapter" };
        Pair(item, "title", record.Title);
        Pair(item, "title-short", record.TitleShort);
        Names(item, "author", record.Authors);
        Names(item, "recipient", record.Recipients);
        if (part is not null)
        {
            Names(item, "editor", part.Editors);
            Pair(item, "container-title", part.ContainerTitle);
            Pair(item, "collection-title", part.CollectionTitle);
            Pair(item, "collection-number", part.CollectionNumber);
            Pair(item, "volume", part.Volume);
            Pair(item, "number", part.Number);
            Pair(item, "page", part.Page);
            Pair(item, "publisher", part.Publisher);
            Pair(item, "publisher-place", part.PublisherPlace);
            if (part.Year > 0)
            {
                item["issued"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["date-parts"] = new List<object?> { Parts(new DateParts(1, part.Year, 0, 0)) } };
            }
        }

        // A part of a printed volume is issued when the volume is; the document's own date is its original date.
        if (record.Issued.IsKnown)
        {
            var points = new List<object?> { Parts(record.Issued) };
            if (record.IssuedEnd.IsKnown)
            {
                points.Add(Parts(record.IssuedEnd));
            }

            var issued = new Dictionary<string, object?>(StringComparer.Ordinal) { ["date-parts"] = points };
            if (record.Circa)
            {
                issued["circa"] = true;
            }

            item[part is null ? "issued" : "original-date"] = issued;
        }

        if (record.Accessed.IsKnown)
        {
            item["accessed"] = new Dictionary<string, object?>(StringComparer.Ordinal) { ["date-parts"] = new List<object?> { Parts(record.Accessed) } };
        }

        Pair(item, "archive", record.Archive);
        Pair(item, "archive_location", record.ArchiveLocation);
        Pair(item, "URL", record.Url);
        Pair(item, "language", record.Language);
        Pair(item, "abstract", record.Abstract);
        return item;
    }

    /// <summary>Writes a JSON value of <see cref="Item"/>'s kinds, with no white space.</summary>
    private static void Value(StringBuilder json, object? value)
    {
        switch (value)
        {
            case string text:
                String(json, text);
                break;
            case double number:
                json.Append(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case bool flag:
                json.Append(flag ? "true" : "false");
                break;
            case List<object?> list:
                json.Append('[');
                for (var i = 0; i < list.Count; i++)
                {
                    if (i > 0)
                    {
                        json.Append(',');
                    }

                    Value(json, list[i]);
                }

                json.Append(']');
                break;
            case Dictionary<string, object?> obj:
                json.Append('{');
                var first = true;
                foreach (var pair in obj)
                {
                    if (!first)
                    {
                        json.Append(',');
                    }

                    first = false;
                    String(json, pair.Key);
                    json.Append(':');
                    Value(json, pair.Value);
                }

                json.Append('}');
                break;
            default:
                json.Append("null");
                break;
        }
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

    private static void Pair(Dictionary<string, object?> item, string key, string? value)
    {
        if (value is not null)
        {
            item[key] = value;
        }
    }

    private static void Names(Dictionary<string, object?> item, string key, IReadOnlyList<string> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        // Indexed, not foreach: a list behind the interface would allocate an enumerator for every record.
        var list = new List<object?>(names.Count);
        for (var i = 0; i < names.Count; i++)
        {
            list.Add(new Dictionary<string, object?>(StringComparer.Ordinal) { ["literal"] = names[i] });
        }

        item[key] = list;
    }

    private static List<object?> Parts(DateParts date)
    {
        var parts = new List<object?>(date.Count) { (double)date.Year };
        if (date.Count > 1)
        {
            parts.Add((double)date.Month);
        }

        if (date.Count > 2)
        {
            parts.Add((double)date.Day);
        }

        return parts;
    }
}
