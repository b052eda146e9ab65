using System;
using System.Collections.Generic;
using System.Text;

namespace DocGen.Storage;

/// <summary>
/// Builds a document from the numbers the generator wrote at compile time: a record of string references and small
/// integers, read in a fixed order. Nothing is parsed: each number says where a string is or what a value is.
/// </summary>
/// <remarks>
/// A string is one number h: 0 for null, -1 - k for the table's pooled string k, or a count of pieces that follow.
/// A piece is -1 - k for pooled string k, or a slice of the embedded file's text: its start, as the zigzag-encoded
/// distance from the end of the record's previous slice (values mostly follow the file, so distances are small), then
/// its length. A list is its count, then its strings. The record is: the
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

        /// <summary>Where the record's last slice ended: the next slice's start is a distance from it.</summary>
        private int _end;

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
            var head = Int();
            if (head <= 0)
            {
                return head == 0 ? null : _table.Pooled(-1 - head);
            }

            if (head == 1)
            {
                return Piece();
            }

            var builder = new StringBuilder();
            for (var i = 0; i < head; i++)
            {
                builder.Append(Piece());
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

        private string Piece()
        {
            var reference = Int();
            if (reference < 0)
            {
                return _table.Pooled(-1 - reference);
            }

            var start = _end + PackedNumbers.Unzigzag((uint)reference);
            var length = Int();
            if (Text is null)
            {
                throw new InvalidOperationException("The document record slices a file that is not loaded; rebuild the project.");
            }

            _end = start + length;
            return Text.Slice(start, length);
        }
    }
}
