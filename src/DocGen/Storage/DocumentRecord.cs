using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.Text;

namespace DocGen.Storage;

/// <summary>
/// Builds a document from numbers the generator wrote at compile time: a record of string references and small
/// integers, read in a fixed order. One array of constants per document costs the compiler far less than the nested
/// constructor calls it replaces (the compiler binds every call and argument; an array of constants is one blob), and
/// nothing is parsed: each number says where a string is or what a value is. For generated code only.
/// </summary>
/// <remarks>
/// A string is its count of pieces (-1 for null), then that many pairs: (start, length) of the embedded file's text,
/// or (-1 - k, 0) for <c>literals[k]</c>. A list is its count, then its strings. The record is: id, title, date text,
/// start (year, month, day, precision), end (the same), flags (1 range, 2 approximate, 4 uncertain), EDTF, URL,
/// citation, archive name, sources (count; each raw, repository, locators (count; each label, kind, value)),
/// summary, original languages, contents, body, fields (count; each label, value), language tags, authors,
/// recipients, archive location, cited language.
/// </remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public static class DocumentRecord
{
    /// <summary>Reads the record <paramref name="data"/>; <paramref name="text"/> is null when every string is a literal.</summary>
    public static ArchiveDocument Read(ArchiveText? text, int[] data, string[] literals)
    {
        var reader = new Reader(text, data ?? throw new ArgumentNullException(nameof(data)), literals ?? throw new ArgumentNullException(nameof(literals)));
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
        private readonly ArchiveText? _text;
        private readonly int[] _data;
        private readonly string[] _literals;
        private int _index;

        public Reader(ArchiveText? text, int[] data, string[] literals)
        {
            _text = text;
            _data = data;
            _literals = literals;
        }

        public int Int() => _data[_index++];

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
            start < 0 ? _literals[-1 - start]
            : _text is null ? throw new InvalidOperationException("The document record slices a file that is not loaded; rebuild the project.")
            : _text.Slice(start, length);
    }
}
