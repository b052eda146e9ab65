using System.Text;

namespace DocGen;

/// <summary>
/// One biblatex entry. A document with a known author is <c>@unpublished</c>, one without is <c>@misc</c> (biblatex's
/// <c>@unpublished</c> requires an author). biblatex has no archive field, so the online archive goes in
/// <c>howpublished</c> and the archival references in <c>note</c>. Names are literal (wrapped in braces so biber does
/// not split them into given and family names); the date is the document's EDTF string, which biblatex reads
/// (<c>1955-04</c>, <c>1955~</c>, <c>1945/1946</c>). A document of a printed volume (FRUS) is <c>@incollection</c>: the
/// volume as <c>booktitle</c>, its editors, <c>series</c> and <c>number</c> (subseries), <c>volume</c>, <c>pages</c> or
/// "Document N" as <c>note</c>, the imprint, <c>date</c> the year of publication and <c>origdate</c> the document's own date.
/// </summary>
internal static class BibTeX
{
    public static string Write(CitationRecord record, DocumentDate date) => Write(record, date, Key(record.Id));

    /// <summary>The entry with <paramref name="key"/>, which a whole-archive file makes unique (ArchiveExports).</summary>
    public static string Write(CitationRecord record, DocumentDate date, string key)
    {
        var bib = new StringBuilder(512);
        var part = record.Part;
        bib.Append(part is not null ? "@incollection{" : record.Authors.Count > 0 ? "@unpublished{" : "@misc{").Append(key).Append(",\n");
        if (record.Authors.Count > 0)
        {
            var names = new StringBuilder();
            for (var i = 0; i < record.Authors.Count; i++)
            {
                names.Append(i == 0 ? "{" : " and {").Append(Escape(record.Authors[i])).Append('}');
            }

            Field(bib, "author", names.ToString());
        }

        Field(bib, "title", Escape(record.Title));
        if (record.TitleShort is { } shortTitle)
        {
            Field(bib, "shorttitle", Escape(shortTitle));
        }

        if (part is not null)
        {
            // A document of a printed volume: the volume is the collection, issued when published; its own date is the origdate.
            InVolume(bib, part, date.Edtf);
        }
        else if (date.Edtf is { } edtf)
        {
            Field(bib, "date", edtf);
        }

        if (record.Archive is { Length: > 0 } archive)
        {
            Field(bib, "howpublished", Escape(archive));
        }

        if (record.ArchiveLocation is { Length: > 0 } location)
        {
            Field(bib, "note", Escape(location));
        }

        if (record.Url is { Length: > 0 } url)
        {
            Field(bib, "url", url.Replace("{", "%7B").Replace("}", "%7D").Replace("\\", "%5C"));
        }

        if (record.Accessed.IsKnown)
        {
            Field(bib, "urldate", new CalendarDay(record.Accessed.Year, record.Accessed.Month, record.Accessed.Day).ToString());
        }

        if (LanguageName(record.Language) is { } language)
        {
            Field(bib, "langid", language);
        }

        if (record.Abstract is { Length: > 0 } summary)
        {
            Field(bib, "abstract", Escape(summary));
        }

        bib.Append("}\n");
        return bib.ToString();
    }

    /// <summary>
    /// The babel/polyglossia language name biblatex's <c>langid</c> expects, for the BCP 47 tags of the commonest cited
    /// versions; other tags give no <c>langid</c> rather than a name biblatex may not know.
    /// </summary>
    public static string? LanguageName(string? tag) => tag switch
    {
        "en" => "english",
        "ru" => "russian",
        "de" => "ngerman",
        "fr" => "french",
        "es" => "spanish",
        "it" => "italian",
        "pl" => "polish",
        "cs" => "czech",
        "hu" => "hungarian",
        "ro" => "romanian",
        "bg" => "bulgarian",
        _ => null,
    };

    /// <summary>The entry key: "doc-" and the id with every character outside [A-Za-z0-9-] replaced by "-".</summary>
    public static string Key(string id)
    {
        var key = new StringBuilder("doc-", id.Length + 4);
        foreach (var c in id)
        {
            key.Append((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' ? c : '-');
        }

        return key.ToString();
    }

    /// <summary>Escapes LaTeX's special characters; line breaks become spaces.</summary>
    public static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            _ = c switch
            {
                '{' => escaped.Append("\\{"),
                '}' => escaped.Append("\\}"),
                '%' => escaped.Append("\\%"),
                '&' => escaped.Append("\\&"),
                '$' => escaped.Append("\\$"),
                '#' => escaped.Append("\\#"),
                '_' => escaped.Append("\\_"),
                '^' => escaped.Append("\\textasciicircum{}"),
                '~' => escaped.Append("\\textasciitilde{}"),
                '\\' => escaped.Append("\\textbackslash{}"),
                '\n' or '\r' or '\u2028' or '\u2029' => escaped.Append(' '),
                _ => escaped.Append(c),
            };
        }

        return escaped.ToString();
    }

    private static void InVolume(StringBuilder bib, CitedPart part, string? edtf)
    {
        Field(bib, "booktitle", Escape(part.ContainerTitle));
        if (part.Editors.Length > 0)
        {
            var names = new StringBuilder();
            for (var i = 0; i < part.Editors.Length; i++)
            {
                names.Append(i == 0 ? "{" : " and {").Append(Escape(part.Editors[i])).Append('}');
            }

            Field(bib, "editor", names.ToString());
        }

        Optional(bib, "series", part.CollectionTitle);
        Optional(bib, "number", part.CollectionNumber);
        Optional(bib, "volume", part.Volume);
        Optional(bib, "pages", part.Page);
        Optional(bib, "note", part.Number);
        Optional(bib, "publisher", part.Publisher);
        Optional(bib, "location", part.PublisherPlace);
        if (part.Year > 0)
        {
            Field(bib, "date", part.Year.ToString("D4", System.Globalization.CultureInfo.InvariantCulture));
        }

        if (edtf is not null)
        {
            Field(bib, "origdate", edtf);
        }
    }

    private static void Optional(StringBuilder bib, string name, string? value)
    {
        if (value is { Length: > 0 })
        {
            Field(bib, name, Escape(value));
        }
    }

    private static void Field(StringBuilder bib, string name, string value) =>
        bib.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
