using System.Text;

namespace DocGen;

/// <summary>
/// One biblatex entry. A document with a known author is <c>@unpublished</c>, one without is <c>@misc</c> (biblatex's
/// <c>@unpublished</c> requires an author). biblatex has no archive field, so the online archive goes in
/// <c>howpublished</c> and the archival references in <c>note</c>. Names are literal (wrapped in braces so biber does
/// not split them into given and family names); the date is the document's EDTF string, which biblatex reads
/// (<c>1955-04</c>, <c>1955~</c>, <c>1945/1946</c>).
/// </summary>
internal static class BibTeX
{
    public static string Write(CitationRecord record, DocumentDate date) => Write(record, date, Key(record.Id));

    /// <summary>The entry with <paramref name="key"/>, which a whole-archive file makes unique (ArchiveExports).</summary>
    public static string Write(CitationRecord record, DocumentDate date, string key)
    {
        var bib = new StringBuilder(512);
        bib.Append(record.Authors.Length > 0 ? "@unpublished{" : "@misc{").Append(key).Append(",\n");
        if (record.Authors.Length > 0)
        {
            var names = new StringBuilder();
            for (var i = 0; i < record.Authors.Length; i++)
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

        if (date.Edtf is { } edtf)
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

    private static void Field(StringBuilder bib, string name, string value) =>
        bib.Append("  ").Append(name).Append(" = {").Append(value).Append("},\n");
}
