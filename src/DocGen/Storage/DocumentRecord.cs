using System;
using System.Collections.Generic;
using System.Text;

namespace DocGen.Storage;

/// <summary>
/// Builds a document from the numbers the generator wrote at compile time: a record of string references and small
/// integers, read in a fixed order. Nothing is parsed: each number says where a string is or what a value is.
/// </summary>
/// <remarks>
/// A string is its count of pieces (-1 for null), then that many pairs: (start, length) of the embedded file's text,
/// or (-1 - k, 0) for the table's pooled string k. A list is its count, then its strings. The record is: the
/// embedded file's resource name (null when nothing is sliced from a file) and its length in characters, id, title,
/// date text, start (year, month, day, precision), end (the same), flags (1 range, 2 approximate, 4 uncertain), EDTF,
/// URL, citation, archive name, sources (count; each raw, repository, locators (count; each label, kind, value)),
/// summary, original languages, contents, body, fields (count; each label, value), language tags, authors,
/// recipients, archive location, cited language.
/// </remarks>
internal static class DocumentRecord
{
    /// <summary>Reads the record at <paramref name="position"/> of <paramref name="table"/>'s data.</summary>
    public static ArchiveDocument Read(DocumentTable table, int position)
    {
        var reader = new Reader(table, position);

        // The file is read once, while the document is built, then dropped: the document keeps only its own strings.
        var resource = reader.String();
        var length = reader.Int();
        reader.Text = resource is null ? null : ArchiveText.Load(table.Assembly, resource, length);
        var id = reader.Required();
        var title = reader.Required();
        var dateText = reader.Required();
        var start = reader.Point();
        var end = reader.Point();
        var flags = reader.Int();
        var date = new DocumentDate(dateText, start, end, (flags & 1) != 0, (flags & 2) != 0, (flags & 4) != 0, reader.String());
        var url = reader.String();
        var citation = reader.String();
        var archiveName = reader.String();
        var sources = new ArchivalReference[reader.Int()];
        for (var i = 0; i < sources.Length; i++)
        {
            var raw = reader.Required();
            var repository = reader.String();
            var locators = new ArchivalLocator[reader.Int()];
            for (var j = 0; j < locators.Length; j++)
            {
                locators[j] = new ArchivalLocator(reader.Required(), reader.Required(), reader.Required());
            }

            sources[i] = new ArchivalReference(raw, repository, locators);
        }

        var summary = reader.String();
        var languages = reader.List();
        var contents = reader.String();
        var body = reader.List();
        var count = reader.Int();
        Dictionary<string, string>? fields = count == 0 ? null : new Dictionary<string, string>(count, StringComparer.Ordinal);
        for (var i = 0; i < count; i++)
        {
            var label = reader.Required();
            fields![label] = reader.Required();
        }

        var tags = reader.List();
        var authors = reader.List();
        var recipients = reader.List();
        var archiveLocation = reader.String();
        var citedLanguage = reader.String();
        return new ArchiveDocument(id, title, date, url, citation, archiveName, sources, summary, languages, contents, body, fields, tags, authors, recipients, archiveLocation, citedLanguage);
    }

    private sealed class Reader
    {
        private readonly DocumentTable _table;
        private int _position;

        public Reader(DocumentTable table, int start)
        {
            _table = table;
            _position = start;
        }

        public ArchiveText? Text { get; set; }

        public int Int() => PackedNumbers.Read(_table.Data, ref _position);

        public DatePoint Point() => new(Int(), Int(), Int(), (DatePrecision)Int());

        public string Required() => String() ?? throw new InvalidOperationException("A required string of the document record is null; rebuild the project.");

        public string? String()
        {
            var pieces = Int();
            if (pieces < 0)
            {
                return null;
            }

            if (pieces == 1)
            {
                return Piece(Int(), Int());
            }

            var builder = new StringBuilder();
            for (var i = 0; i < pieces; i++)
            {
                builder.Append(Piece(Int(), Int()));
            }

            return builder.ToString();
        }

        public string[]? List()
        {
            var count = Int();
            if (count == 0)
            {
                return null;
            }

            var values = new string[count];
            for (var i = 0; i < count; i++)
            {
                values[i] = Required();
            }

            return values;
        }

        private string Piece(int start, int length) =>
            start < 0 ? _table.Pooled(-1 - start)
            : Text is null ? throw new InvalidOperationException("The document record slices a file that is not loaded; rebuild the project.")
            : Text.Slice(start, length);
    }
}
