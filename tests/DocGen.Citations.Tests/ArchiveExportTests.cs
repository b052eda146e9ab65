using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading;

namespace DocGen.Citations.Tests;

/// <summary>The whole-archive exports: each is its documents' own exports put together, in the sequence's order.</summary>
public sealed class ArchiveExportTests
{
    private static readonly CalendarDay Accessed = new(2024, 3, 1);

    private static ArchiveDocument Dated(string id, string title, int year) => new(
        id,
        title,
        new DocumentDate(year.ToString(CultureInfo.InvariantCulture), new DatePoint(year, 0, 0, DatePrecision.Year), new DatePoint(year, 0, 0, DatePrecision.Year), false, false, false, year.ToString(CultureInfo.InvariantCulture)),
        url: "https://example.org/document/" + id,
        archiveName: "Wilson Center Digital Archive",
        authors: new[] { "Filippov [Stalin]" });

    private static ArchiveDocument Undated(string id, string title) => new(id, title, DocumentDate.Unknown, url: "https://example.org/" + id);

    /// <summary>One of no archive and no URL: Chicago notes-bibliography gives it no bibliography entry.</summary>
    private static ArchiveDocument Bare(string id) => new(id, "A note with \"quotes\"\nand a line break", DocumentDate.Unknown);

    private static List<ArchiveDocument> Three() => new() { Dated("200", "Telegram from Filippov to Mao", 1951), Undated("x/1", "Memo two"), Bare("3") };

    [Fact]
    public void CslJsonIsOneArrayOfEachDocumentsOwnItemInTheSequencesOrder()
    {
        var documents = Three();

        var json = documents.ToCslJson(Accessed);

        using var parsed = JsonDocument.Parse(json);
        var items = parsed.RootElement.EnumerateArray().Select(item => item.GetRawText()).ToList();
        Assert.Equal(documents.Select(d => d.ToCslJson(Accessed)), items);
        Assert.Equal("[\n" + string.Join(",\n", items) + "\n]\n", json);

        documents.Reverse();
        Assert.Equal(documents.Select(d => d.ToCslJson(Accessed)), JsonDocument.Parse(documents.ToCslJson(Accessed)).RootElement.EnumerateArray().Select(item => item.GetRawText()));
    }

    [Fact]
    public void AnEmptySequenceIsAnEmptyFileOrArray()
    {
        var none = Array.Empty<ArchiveDocument>();

        Assert.Equal("[]\n", none.ToCslJson());
        Assert.Equal(0, JsonDocument.Parse(none.ToCslJson()).RootElement.GetArrayLength());
        Assert.Equal(string.Empty, none.ToBibTeX());
        Assert.Equal(string.Empty, none.ToRis());
        Assert.Equal(string.Empty, none.ToBibliography(CitationStyle.Apa));
    }

    [Fact]
    public void BibTeXIsEachDocumentsOwnEntrySeparatedByABlankLine()
    {
        var documents = Three();

        Assert.Equal(string.Join("\n", documents.Select(d => d.ToBibTeX(Accessed))), documents.ToBibTeX(Accessed));
    }

    [Fact]
    public void BibTeXKeysAreUniqueIgnoringCaseAndAnIdWithAKeyOfItsOwnKeepsIt()
    {
        // "a.b", "a-b" and "A-B" all make the key doc-a-b (BibTeX compares keys without case); "a-b-2" makes doc-a-b-2.
        var documents = new[] { Undated("a.b", "One"), Undated("a-b", "Two"), Undated("A-B", "Three"), Undated("a-b-2", "Four"), Undated("a/b", "Five") };

        var bibtex = documents.ToBibTeX();

        var keys = Keys(bibtex);
        Assert.Equal(new[] { "doc-a-b", "doc-a-b-3", "doc-A-B-4", "doc-a-b-2", "doc-a-b-5" }, keys);
        Assert.Equal(keys.Length, keys.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(bibtex, documents.ToBibTeX());

        // Apart from the key, each entry is the document's own.
        var entries = bibtex.Split("\n\n");
        for (var i = 0; i < documents.Length; i++)
        {
            var own = documents[i].ToBibTeX();
            Assert.Equal(own[(own.IndexOf(',', StringComparison.Ordinal) + 1)..].TrimEnd('\n'), entries[i][(entries[i].IndexOf(',', StringComparison.Ordinal) + 1)..].TrimEnd('\n'));
        }
    }

    [Fact]
    public void ManyDocumentsWithOneKeyGetConsecutiveSuffixes()
    {
        var documents = Enumerable.Range(0, 2000).Select(i => Undated("same", "Copy " + i)).ToList();

        var keys = Keys(documents.ToBibTeX());

        Assert.Equal(new[] { "doc-same" }.Concat(Enumerable.Range(2, 1999).Select(n => "doc-same-" + n)), keys);
    }

    [Fact]
    public void RisIsEachDocumentsOwnRecordOneAfterAnother()
    {
        var documents = Three();

        Assert.Equal(string.Concat(documents.Select(d => d.ToRis(Accessed))), documents.ToRis(Accessed));
    }

    [Theory]
    [InlineData(CitationStyle.ChicagoNotesBibliography, CitationMarkup.PlainText)]
    [InlineData(CitationStyle.ChicagoAuthorDate, CitationMarkup.Html)]
    [InlineData(CitationStyle.Apa, CitationMarkup.Markdown)]
    [InlineData(CitationStyle.Mla, CitationMarkup.PlainText)]
    public void TheBibliographyIsEachDocumentsEntryOneALine(CitationStyle style, CitationMarkup markup)
    {
        var documents = Three();
        var entries = documents.Select(d => d.Cite(style, CitationForm.Bibliography, markup, Accessed)).Where(entry => entry.Length > 0).ToList();

        var bibliography = documents.ToBibliography(style, markup, Accessed);

        Assert.Equal(string.Concat(entries.Select(entry => entry + "\n")), bibliography);
        Assert.Equal(style == CitationStyle.ChicagoNotesBibliography ? 2 : 3, entries.Count);
        Assert.Contains("Accessed March 1, 2024", documents.ToBibliography(CitationStyle.ChicagoNotesBibliography, accessed: Accessed), StringComparison.Ordinal);
    }

    [Fact]
    public void WritersStreamWhatTheStringsHoldWhateverTheWritersNewLineAndTheCulture()
    {
        var documents = Three();
        var previous = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new CultureInfo("tr-TR");
            Assert.Equal(documents.ToCslJson(Accessed), Written(w => documents.WriteCslJson(w, Accessed)));
            Assert.Equal(documents.ToBibTeX(Accessed), Written(w => documents.WriteBibTeX(w, Accessed)));
            Assert.Equal(documents.ToRis(Accessed), Written(w => documents.WriteRis(w, Accessed)));
            Assert.Equal(documents.ToBibliography(CitationStyle.Mla, CitationMarkup.Html, Accessed), Written(w => documents.WriteBibliography(w, CitationStyle.Mla, CitationMarkup.Html, Accessed)));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = previous;
        }
    }

    [Fact]
    public void ASequenceIsReadOnce()
    {
        var reads = 0;
        IEnumerable<ArchiveDocument> Once()
        {
            reads++;
            foreach (var document in Three())
            {
                yield return document;
            }
        }

        Assert.Equal(Three().ToBibTeX(), Once().ToBibTeX());
        Assert.Equal(1, reads);
    }

    [Fact]
    public void NullArgumentsAreRejected()
    {
        Assert.Throws<ArgumentNullException>("documents", () => ((IEnumerable<ArchiveDocument>)null!).ToCslJson());
        Assert.Throws<ArgumentNullException>("writer", () => Three().WriteRis(null!));
        Assert.Throws<ArgumentException>("documents", () => new ArchiveDocument[] { null! }.ToBibTeX());
    }

    private static string Written(Action<TextWriter> write)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\r\n" };
        write(writer);
        return writer.ToString();
    }

    private static string[] Keys(string bibtex) => bibtex.Split('\n')
        .Where(line => line.StartsWith('@'))
        .Select(line => line[(line.IndexOf('{', StringComparison.Ordinal) + 1)..line.IndexOf(',', StringComparison.Ordinal)])
        .ToArray();
}
