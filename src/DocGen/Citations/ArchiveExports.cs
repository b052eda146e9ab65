using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;

namespace DocGen;

/// <summary>
/// Whole-archive exports: any sequence of documents (<c>Archive.All</c>, a query over it) as one CSL-JSON array, one
/// biblatex file, one RIS file or one formatted bibliography. Each document is written by its own exporter
/// (<see cref="ArchiveDocument.ToCslJson"/>, <see cref="ArchiveDocument.ToBibTeX(CalendarDay?)"/>, <see cref="ArchiveDocument.ToRis"/>,
/// <see cref="ArchiveDocument.Cite(CitationStyle, CitationForm, CitationMarkup, CalendarDay?)"/>), in the order of the
/// sequence; lines end in "\n" (RIS in CR LF, as RIS requires) whatever the platform, and nothing depends on the culture.
/// The <c>Write</c> methods stream to a <see cref="TextWriter"/> one document at a time; the <c>To</c> methods return
/// the same text as a string.
/// </summary>
public static class ArchiveExports
{
    /// <summary>The documents as one CSL-JSON array, one item a line: what Zotero, Pandoc and citeproc import.</summary>
    /// <param name="documents">The documents, in the order the array lists them.</param>
    /// <param name="accessed">The day the online documents were accessed, given to every item.</param>
    public static string ToCslJson(this IEnumerable<ArchiveDocument> documents, CalendarDay? accessed = null) =>
        Collect(writer => WriteCslJson(documents, writer, accessed));

    /// <summary>Writes <see cref="ToCslJson(IEnumerable{ArchiveDocument}, CalendarDay?)"/> to <paramref name="writer"/>.</summary>
    /// <param name="documents">The documents, in the order the array lists them.</param>
    /// <param name="writer">Where the text goes; it is not closed.</param>
    /// <param name="accessed">The day the online documents were accessed, given to every item.</param>
    public static void WriteCslJson(this IEnumerable<ArchiveDocument> documents, TextWriter writer, CalendarDay? accessed = null)
    {
        Check(documents, writer);
        var first = true;
        writer.Write('[');
        foreach (var document in documents)
        {
            writer.Write(first ? "\n" : ",\n");
            writer.Write(Required(document).ToCslJson(accessed));
            first = false;
        }

        writer.Write(first ? "]\n" : "\n]\n");
    }

    /// <summary>
    /// The documents as one biblatex file, entries separated by a blank line. Every key is unique in the file, letter
    /// case ignored (BibTeX compares keys without case): the first document keeps its own entry's key, a later one with
    /// the same key gets "-2", "-3", … appended (a suffix no other document's own key has).
    /// </summary>
    /// <param name="documents">The documents, in the order the file lists them.</param>
    /// <param name="accessed">The day the online documents were accessed (<c>urldate</c>).</param>
    public static string ToBibTeX(this IEnumerable<ArchiveDocument> documents, CalendarDay? accessed = null) =>
        Collect(writer => WriteBibTeX(documents, writer, accessed));

    /// <summary>Writes <see cref="ToBibTeX(IEnumerable{ArchiveDocument}, CalendarDay?)"/> to <paramref name="writer"/>.</summary>
    /// <param name="documents">The documents, in the order the file lists them.</param>
    /// <param name="writer">Where the text goes; it is not closed.</param>
    /// <param name="accessed">The day the online documents were accessed (<c>urldate</c>).</param>
    public static void WriteBibTeX(this IEnumerable<ArchiveDocument> documents, TextWriter writer, CalendarDay? accessed = null)
    {
        Check(documents, writer);

        // The keys need every id before the first entry is written; the ids are read once, the entries streamed.
        var list = documents as IReadOnlyList<ArchiveDocument> ?? new List<ArchiveDocument>(documents);
        var ids = new string[list.Count];
        for (var i = 0; i < ids.Length; i++)
        {
            ids[i] = Required(list[i]).Id;
        }

        var keys = BibTeXKeys(ids);
        for (var i = 0; i < keys.Length; i++)
        {
            if (i > 0)
            {
                writer.Write('\n');
            }

            writer.Write(list[i].ToBibTeX(accessed, keys[i]));
        }
    }

    /// <summary>The documents as one RIS file: the records one after another, lines ending in CR LF.</summary>
    /// <param name="documents">The documents, in the order the file lists them.</param>
    /// <param name="accessed">The day the online documents were accessed (<c>Y2</c>).</param>
    public static string ToRis(this IEnumerable<ArchiveDocument> documents, CalendarDay? accessed = null) =>
        Collect(writer => WriteRis(documents, writer, accessed));

    /// <summary>Writes <see cref="ToRis(IEnumerable{ArchiveDocument}, CalendarDay?)"/> to <paramref name="writer"/>.</summary>
    /// <param name="documents">The documents, in the order the file lists them.</param>
    /// <param name="writer">Where the text goes; it is not closed.</param>
    /// <param name="accessed">The day the online documents were accessed (<c>Y2</c>).</param>
    public static void WriteRis(this IEnumerable<ArchiveDocument> documents, TextWriter writer, CalendarDay? accessed = null)
    {
        Check(documents, writer);
        foreach (var document in documents)
        {
            writer.Write(Required(document).ToRis(accessed));
        }
    }

    /// <summary>
    /// The documents' bibliography entries in <paramref name="style"/>, one a line, in the order of the sequence (sort
    /// the sequence for an alphabetical list). A document the style leaves out of its bibliography (Chicago
    /// notes-bibliography, for one with neither archive nor URL) has no line.
    /// </summary>
    /// <param name="documents">The documents, in the order the entries are written.</param>
    /// <param name="style">The citation style.</param>
    /// <param name="markup">Plain text, HTML or Markdown.</param>
    /// <param name="accessed">The day the online documents were accessed; styles print it only for undated documents.</param>
    public static string ToBibliography(this IEnumerable<ArchiveDocument> documents, CitationStyle style, CitationMarkup markup = CitationMarkup.PlainText, CalendarDay? accessed = null) =>
        Collect(writer => WriteBibliography(documents, writer, style, markup, accessed));

    /// <summary>Writes <see cref="ToBibliography"/> to <paramref name="writer"/>.</summary>
    /// <param name="documents">The documents, in the order the entries are written.</param>
    /// <param name="writer">Where the text goes; it is not closed.</param>
    /// <param name="style">The citation style.</param>
    /// <param name="markup">Plain text, HTML or Markdown.</param>
    /// <param name="accessed">The day the online documents were accessed; styles print it only for undated documents.</param>
    public static void WriteBibliography(this IEnumerable<ArchiveDocument> documents, TextWriter writer, CitationStyle style, CitationMarkup markup = CitationMarkup.PlainText, CalendarDay? accessed = null)
    {
        Check(documents, writer);
        foreach (var document in documents)
        {
            var entry = Required(document).Cite(style, CitationForm.Bibliography, markup, accessed);
            if (entry.Length > 0)
            {
                writer.Write(entry);
                writer.Write('\n');
            }
        }
    }

    /// <summary>
    /// The biblatex key of each id, unique letter case ignored. A key is a single entry's ("doc-" and the id with every
    /// character outside [A-Za-z0-9-] replaced by "-"); the first id that claims a key keeps it, and each later one
    /// gets "-2", "-3", … appended, skipping every key another id claims, so an id whose key is unique keeps it
    /// whatever else the file holds.
    /// </summary>
    internal static string[] BibTeXKeys(IReadOnlyList<string> ids)
    {
        var keys = new string[ids.Count];
        var kept = new bool[ids.Count];
        var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < keys.Length; i++)
        {
            keys[i] = BibTeX.Key(ids[i]);
            kept[i] = taken.Add(keys[i]);
        }

        // Each key's next suffix is remembered, so n documents with one key cost n steps, not n².
        var next = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < keys.Length; i++)
        {
            if (kept[i])
            {
                continue;
            }

            var n = next.TryGetValue(keys[i], out var start) ? start : 2;
            string candidate;
            do
            {
                candidate = keys[i] + "-" + n.ToString(CultureInfo.InvariantCulture);
                n++;
            }
            while (!taken.Add(candidate));

            next[keys[i]] = n;
            keys[i] = candidate;
        }

        return keys;
    }

    private static string Collect(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture);
        write(writer);
        return writer.ToString();
    }

    private static void Check(IEnumerable<ArchiveDocument> documents, TextWriter writer)
    {
        if (documents is null)
        {
            throw new ArgumentNullException(nameof(documents));
        }

        if (writer is null)
        {
            throw new ArgumentNullException(nameof(writer));
        }
    }

    private static ArchiveDocument Required(ArchiveDocument? document) =>
        document ?? throw new ArgumentException("The sequence holds a null document.", "documents");
}
