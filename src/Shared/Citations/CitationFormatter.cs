// Shared source: see CitationStyle.cs.
using System;

#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>
/// Formats a <see cref="CitationRecord"/> (CSL type <c>manuscript</c>) in a style and form exactly as citeproc-js renders
/// the same CSL-JSON with the official styles. Only the variables DocGen exports are handled.
/// </summary>
internal static class CitationFormatter
{
    public static string Format(CitationRecord record, CitationStyle style, CitationForm form, CitationMarkup markup)
    {
        var text = new CitationText();
        switch (style)
        {
            case CitationStyle.ChicagoNotesBibliography:
                ChicagoNotes(record, form, text);
                break;
            case CitationStyle.ChicagoAuthorDate:
                ChicagoAuthorDate(record, form, text);
                break;
            case CitationStyle.Apa:
                Apa(record, form, text);
                break;
            case CitationStyle.Mla:
                Mla(record, form, text);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(style), style, "Unknown citation style.");
        }

        return text.Render(markup);
    }

    /// <summary>The title as set inside double quotes: title case for English, typographic quotes.</summary>
    private static string QuotedTitle(CitationRecord record, string title) =>
        Quotes.Smarten(record.IsEnglish ? TitleCase.Apply(title) : title, insideDoubleQuotes: true);

    private static void Quoted(CitationText text, string title) => text.Append("\u201C").Append(title).Append("\u201D");

    private static bool HasArchive(CitationRecord record) => !string.IsNullOrEmpty(record.Archive);

    private static bool HasUrl(CitationRecord record) => !string.IsNullOrEmpty(record.Url);

    /// <summary>Every name: "A", "A and B", "A, B, and C" (with "&amp;" for APA, whose two names take no comma).</summary>
    private static string Names(string[] names, string and)
    {
        if (names.Length == 1)
        {
            return names[0];
        }

        if (names.Length == 2)
        {
            return names[0] + " " + and + " " + names[1];
        }

        return string.Join(", ", names, 0, names.Length - 1) + ", " + and + " " + names[names.Length - 1];
    }

    /// <summary>Names in a note or in-text citation: up to two in full, three or more as the first "et al.".</summary>
    private static string ShortNames(string[] names, string and) =>
        names.Length > 2 ? names[0] + " et al." : Names(names, and);

    /// <summary>MLA's works-cited names: one, two joined by "and", or the first and ", et al." for three or more.</summary>
    private static string MlaNames(string[] names) => names.Length > 2 ? names[0] + ", et al." : Names(names, "and");

    private static string IssuedLong(CitationRecord record) => CslDates.LongRange(record.Issued, record.IssuedEnd);

    // Chicago notes and bibliography, 18th edition.
    private static void ChicagoNotes(CitationRecord record, CitationForm form, CitationText text)
    {
        var title = QuotedTitle(record, form == CitationForm.ShortNote ? record.TitleShort ?? record.Title : record.Title);
        var authors = record.Authors.Length > 0 ? (form == CitationForm.Bibliography ? Names(record.Authors, "and") : ShortNames(record.Authors, "and")) : null;
        var date = record.Issued.IsKnown ? (record.Circa ? "[" + IssuedLong(record) + "?]" : IssuedLong(record)) : "n.d.";
        var published = HasArchive(record) || HasUrl(record);
        if (form == CitationForm.ShortNote)
        {
            if (authors is not null)
            {
                text.Append(authors).Append(", ");
            }

            Quoted(text, title);
            text.Punctuation('.');
            return;
        }

        if (form == CitationForm.Note)
        {
            if (authors is not null)
            {
                text.Append(authors).Append(", ");
            }

            Quoted(text, title);
            if (!published || !record.Circa)
            {
                // The style sets an approximate date in brackets straight after the title, with no comma.
                text.Punctuation(',');
            }

            text.Append(" ");
            if (!published)
            {
                text.Append("unpublished manuscript, ");
            }

            text.Append(date);
            if (!string.IsNullOrEmpty(record.ArchiveLocation))
            {
                text.Append(", ").Append(Quotes.Smarten(record.ArchiveLocation!, insideDoubleQuotes: false));
            }

            if (HasArchive(record))
            {
                text.Append(", ").Append(Quotes.Smarten(record.Archive!, insideDoubleQuotes: false));
            }

            if (!record.Issued.IsKnown && record.Accessed.IsKnown)
            {
                text.Append(", accessed ").Append(CslDates.Long(record.Accessed));
            }

            if (HasUrl(record))
            {
                text.Append(", ").Append(record.Url!);
            }

            text.Punctuation('.');
            return;
        }

        if (!published)
        {
            return;
        }

        if (authors is not null)
        {
            text.Append(authors).Punctuation('.');
            text.Append(" ");
        }

        Quoted(text, title);
        text.Punctuation('.');
        text.Append(" ").Append(date).Punctuation('.');
        ChicagoEntryEnd(record, text);
    }

    /// <summary>The end both Chicago entries share: archival references, archive, access date (undated only), URL, each a sentence.</summary>
    private static void ChicagoEntryEnd(CitationRecord record, CitationText text)
    {
        if (!string.IsNullOrEmpty(record.ArchiveLocation))
        {
            text.Append(" ").Append(Quotes.Smarten(record.ArchiveLocation!, insideDoubleQuotes: false)).Punctuation('.');
        }

        if (HasArchive(record))
        {
            text.Append(" ").Append(Quotes.Smarten(record.Archive!, insideDoubleQuotes: false)).Punctuation('.');
        }

        if (!record.Issued.IsKnown && record.Accessed.IsKnown)
        {
            text.Append(" Accessed ").Append(CslDates.Long(record.Accessed)).Punctuation('.');
        }

        if (HasUrl(record))
        {
            text.Append(" ").Append(record.Url!).Punctuation('.');
        }
    }

    /// <summary>The start of an in-text citation: "(" and the authors, or the short title in quotes when there are none.</summary>
    private static void InTextLead(CitationRecord record, string? authors, CitationText text)
    {
        text.Append("(");
        if (authors is not null)
        {
            text.Append(authors);
        }
        else
        {
            Quoted(text, QuotedTitle(record, record.TitleShort ?? record.Title));
        }
    }

    // Chicago author-date, 18th edition.
    private static void ChicagoAuthorDate(CitationRecord record, CitationForm form, CitationText text)
    {
        var authors = record.Authors.Length > 0 ? (form == CitationForm.Bibliography ? Names(record.Authors, "and") : ShortNames(record.Authors, "and")) : null;
        string year;
        if (!record.Issued.IsKnown)
        {
            year = "n.d.";
        }
        else
        {
            year = record.IssuedEnd.IsKnown && record.IssuedEnd.Year != record.Issued.Year
                ? CslDates.Year(record.Issued.Year) + "\u2013" + CslDates.Year(record.IssuedEnd.Year)
                : CslDates.Year(record.Issued.Year);
            if (record.Circa)
            {
                year = "[" + year + "?]";
            }
        }

        if (form != CitationForm.Bibliography)
        {
            InTextLead(record, authors, text);

            if (!record.Issued.IsKnown)
            {
                text.Punctuation(',');
            }

            text.Append(" ").Append(year).Append(")");
            return;
        }

        var title = QuotedTitle(record, record.Title);
        if (authors is not null)
        {
            text.Append(authors).Punctuation('.');
            text.Append(" ").Append(year).Punctuation('.');
            text.Append(" ");
            Quoted(text, title);
            text.Punctuation('.');
        }
        else
        {
            Quoted(text, title);
            text.Punctuation('.');
            text.Append(" ").Append(year).Punctuation('.');
        }

        if (!HasArchive(record) && !HasUrl(record))
        {
            text.Append(" Unpublished manuscript.");
        }

        var monthDay = record.Issued.IsKnown ? CslDates.MonthDayRange(record.Issued, record.IssuedEnd) : string.Empty;
        if (monthDay.Length > 0)
        {
            text.Append(" ").Append(monthDay).Punctuation('.');
        }

        ChicagoEntryEnd(record, text);
    }

    // APA, 7th edition.
    private static void Apa(CitationRecord record, CitationForm form, CitationText text)
    {
        string date;
        if (!record.Issued.IsKnown)
        {
            date = "n.d.";
        }
        else
        {
            date = CslDates.Year(record.Issued.Year);
            if (record.IssuedEnd.IsKnown && record.IssuedEnd.Year != record.Issued.Year)
            {
                date += "\u2013" + CslDates.Year(record.IssuedEnd.Year);
            }

            if (record.Circa)
            {
                date = "ca. " + date;
            }
        }

        if (form != CitationForm.Bibliography)
        {
            text.Append("(");
            if (record.Authors.Length > 0)
            {
                text.Append(ShortNames(record.Authors, "&"));
            }
            else
            {
                var shortTitle = record.TitleShort ?? record.Title;
                text.Italic(Quotes.Smarten(record.IsEnglish ? TitleCase.Apply(shortTitle) : shortTitle, insideDoubleQuotes: false));
            }

            text.Punctuation(',');
            text.Append(" ").Append(date).Append(")");
            return;
        }

        var title = Quotes.Smarten(record.Title, insideDoubleQuotes: false);
        var published = HasArchive(record) || HasUrl(record);
        if (record.Authors.Length > 0)
        {
            text.Append(Names(record.Authors, "&")).Punctuation('.');
            text.Append(" (").Append(date).Append(").");
            text.Append(" ").Italic(title);
            if (!published)
            {
                text.Append(" [Unpublished manuscript].");
                return;
            }

            text.Punctuation('.');
        }
        else
        {
            text.Italic(title).Punctuation('.');
            text.Append(" (").Append(date).Append(").");
            if (!published)
            {
                text.Append(" [Unpublished manuscript].");
                return;
            }
        }

        if (HasArchive(record))
        {
            text.Append(" ").Append(Quotes.Smarten(record.Archive!, insideDoubleQuotes: false));
            if (!string.IsNullOrEmpty(record.ArchiveLocation))
            {
                text.Append(" (").Append(Quotes.Smarten(record.ArchiveLocation!, insideDoubleQuotes: false)).Append(")");
            }

            text.Punctuation('.');
        }

        if (HasUrl(record))
        {
            text.Append(" ");
            if (!record.Issued.IsKnown)
            {
                // APA: an undated online source gives its retrieval date; the style writes "Retrieved" even without one.
                text.Append("Retrieved ");
                if (record.Accessed.IsKnown)
                {
                    text.Append(CslDates.Long(record.Accessed)).Append(", from ");
                }
            }

            text.Append(record.Url!);
        }
    }

    // MLA, 9th edition.
    private static void Mla(CitationRecord record, CitationForm form, CitationText text)
    {
        var authors = record.Authors.Length > 0 ? (form == CitationForm.Bibliography ? MlaNames(record.Authors) : ShortNames(record.Authors, "and")) : null;
        if (form != CitationForm.Bibliography)
        {
            InTextLead(record, authors, text);

            text.Append(")");
            return;
        }

        if (authors is not null)
        {
            text.Append(authors).Punctuation('.');
            text.Append(" ");
        }

        Quoted(text, QuotedTitle(record, record.Title));
        text.Punctuation('.');
        var first = true;
        if (record.Issued.IsKnown)
        {
            var date = CslDates.DayMonthYearRange(record.Issued, record.IssuedEnd);
            Part(text, record.Circa ? (first ? "Circa " : "circa ") + date : date, ref first);
        }

        if (HasArchive(record))
        {
            Part(text, Quotes.Smarten(record.Archive!, insideDoubleQuotes: false), ref first);
        }

        if (!string.IsNullOrEmpty(record.ArchiveLocation))
        {
            Part(text, Quotes.Smarten(record.ArchiveLocation!, insideDoubleQuotes: false), ref first);
        }

        if (HasUrl(record))
        {
            Part(text, record.Url!, ref first);
        }

        if (!first)
        {
            text.Punctuation('.');
        }

        if (!record.Issued.IsKnown && record.Accessed.IsKnown)
        {
            text.Append(" Accessed ").Append(CslDates.DayMonthYear(record.Accessed)).Punctuation('.');
        }
    }

    private static void Part(CitationText text, string value, ref bool first)
    {
        if (first)
        {
            text.Append(" ").Append(value);
            first = false;
        }
        else
        {
            text.Punctuation(',');
            text.Append(" ").Append(value);
        }
    }
}
