using System.Collections.Generic;
using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// Collects one document or attachment while the reader streams through it: each text node goes to the fields its
/// open elements route it to (heading, dateline, opener, closer, signature, the innermost open paragraph, or the
/// innermost open note, which keeps it out of everything else).
/// </summary>
internal sealed class PartBuilder
{
    private readonly List<TeiParagraph> _body = new();
    private readonly List<TeiNote> _notes = new();
    private readonly List<TeiSource> _sources = new();
    private readonly List<TeiPerson> _authors = new();
    private readonly List<TeiPerson> _recipients = new();
    private readonly List<Block> _blocks = new();
    private readonly List<Note> _openNotes = new();
    private readonly TextBuffer _heading = new();
    private readonly TextBuffer _opener = new();
    private readonly TextBuffer _closer = new();
    private readonly TextBuffer _signature = new();
    private readonly TextBuffer _place = new();
    private readonly TextBuffer _dateText = new();
    private TextBuffer? _person;
    private string? _personRole;
    private string? _personCorresp;
    private bool _personIsGloss;

    public PartBuilder(int depth) => Depth = depth;

    /// <summary>The reader depth of the element that opened this part (rebound when an id-less div fills a <c>frus:attachment</c>).</summary>
    public int Depth { get; set; }

    public int HeadDepth { get; set; }

    public bool HasHeading { get; private set; }

    public SourceSpan HeadingSpan { get; private set; }

    public int InHead { get; set; }

    public int InOpener { get; set; }

    public int InCloser { get; set; }

    public int InSigned { get; set; }

    public int InDateline { get; set; }

    public int InPlace { get; set; }

    public int InDate { get; set; }

    public bool HasDatelineDate { get; private set; }

    public TeiDate Date { get; private set; } = TeiDate.None;

    public bool IsEmpty => !HasHeading && _body.Count == 0 && _blocks.Count == 0 && _sources.Count == 0 && _opener.IsEmpty;

    public string Heading => _heading.ToString();

    public string? OpenerText => _opener.ToStringOrNull();

    public List<TeiSource> Sources => _sources;

    public void StartHeading(SourceSpan span)
    {
        HasHeading = true;
        HeadingSpan = span;
    }

    public void SetDate(TeiDate date)
    {
        HasDatelineDate = true;
        Date = date;
    }

    public string DateText => _dateText.ToString();

    public void StartPerson(string role, string? corresp, bool isGloss)
    {
        _person = new TextBuffer();
        _personRole = role;
        _personCorresp = corresp is null ? null : corresp.TrimStart('#');
        _personIsGloss = isGloss;
    }

    public void EndPerson()
    {
        if (_person is null)
        {
            return;
        }

        var person = new TeiPerson(_person.ToString().Trim(), _personCorresp, _personIsGloss);
        if (person.Name.Length > 0)
        {
            (_personRole == "from" ? _authors : _recipients).Add(person);
        }

        _person = null;
    }

    public void StartBlock(string kind, string? page)
    {
        if (InHead > 0 || InOpener > 0 || InCloser > 0)
        {
            return;
        }

        // A block inside a block (a p in a list item, in a quote): the outer one's text so far is a paragraph of its own.
        if (_blocks.Count > 0)
        {
            Flush(_blocks[_blocks.Count - 1]);
        }

        _blocks.Add(new Block(kind, page));
    }

    public void EndBlock(string? page)
    {
        if (InHead > 0 || InOpener > 0 || InCloser > 0 || _blocks.Count == 0)
        {
            return;
        }

        Flush(_blocks[_blocks.Count - 1]);
        _blocks.RemoveAt(_blocks.Count - 1);
        if (_blocks.Count > 0)
        {
            _blocks[_blocks.Count - 1].Page = page;
        }
    }

    public void StartNote(string? number, string? xmlId, bool isSource, SourceSpan span)
    {
        int paragraph;
        int offset;
        if (InHead > 0)
        {
            paragraph = -1;
            offset = _heading.Length;
        }
        else
        {
            paragraph = _body.Count;
            offset = _blocks.Count > 0 ? _blocks[_blocks.Count - 1].Text.Length : 0;
        }

        _openNotes.Add(new Note(number, xmlId, isSource, span, paragraph, offset));
    }

    public void EndNote()
    {
        var note = _openNotes[_openNotes.Count - 1];
        _openNotes.RemoveAt(_openNotes.Count - 1);
        var text = note.Text.ToString().Trim();
        if (note.IsSource)
        {
            _sources.Add(SourceNotes.Split(text, note.Span));
        }
        else if (text.Length > 0)
        {
            _notes.Add(new TeiNote(note.Number, note.XmlId, text, note.Paragraph, note.Offset));
        }
    }

    /// <summary>A line break or a table cell: a space between words wherever the text is going.</summary>
    public void Break()
    {
        if (_openNotes.Count > 0)
        {
            _openNotes[_openNotes.Count - 1].Text.Break();
            return;
        }

        Send(null);
    }

    public void Text(string text, string? page)
    {
        if (_openNotes.Count > 0)
        {
            _openNotes[_openNotes.Count - 1].Text.Append(text);
            return;
        }

        if (_blocks.Count > 0 && InHead == 0 && InOpener == 0 && InCloser == 0)
        {
            var block = _blocks[_blocks.Count - 1];
            if (block.Text.IsEmpty)
            {
                block.Page = page;
            }
        }

        Send(text);
    }

    public TeiPart Build()
    {
        while (_blocks.Count > 0)
        {
            EndBlock(null);
        }

        return new TeiPart(
            _heading.ToString().Trim(),
            HeadingSpan,
            Date,
            _place.ToStringOrNull()?.Trim().TrimEnd(',', '.').Trim(),
            _authors.ToEquatableArray(),
            _recipients.ToEquatableArray(),
            _sources.ToEquatableArray(),
            _opener.ToStringOrNull()?.Trim(),
            _closer.ToStringOrNull()?.Trim(),
            _signature.ToStringOrNull()?.Trim(),
            _body.ToEquatableArray(),
            _notes.ToEquatableArray());
    }

    // Sends text (or, for null, a word break) to every field the open elements route it to; no allocation per node.
    private void Send(string? text)
    {
        if (InHead > 0)
        {
            Put(_heading, text);
            if (_person is not null)
            {
                Put(_person, text);
            }
        }

        if (InDateline > 0)
        {
            if (InPlace > 0)
            {
                Put(_place, text);
            }

            if (InDate > 0)
            {
                Put(_dateText, text);
            }
        }
        else if (InOpener > 0)
        {
            Put(_opener, text);
        }

        if (InCloser > 0)
        {
            Put(_closer, text);
            if (InSigned > 0)
            {
                Put(_signature, text);
            }
        }

        if (_blocks.Count > 0 && InHead == 0 && InOpener == 0 && InCloser == 0)
        {
            Put(_blocks[_blocks.Count - 1].Text, text);
        }
    }

    private static void Put(TextBuffer buffer, string? text)
    {
        if (text is null)
        {
            buffer.Break();
        }
        else
        {
            buffer.Append(text);
        }
    }

    private void Flush(Block block)
    {
        var text = block.Text.ToString().Trim();
        if (text.Length > 0)
        {
            _body.Add(new TeiParagraph(text, block.Kind, block.Page));
        }

        block.Text.Clear();
    }

    private sealed class Block
    {
        public Block(string kind, string? page)
        {
            Kind = kind;
            Page = page;
        }

        public string Kind { get; }

        public string? Page { get; set; }

        public TextBuffer Text { get; } = new();
    }

    private sealed class Note
    {
        public Note(string? number, string? xmlId, bool isSource, SourceSpan span, int paragraph, int offset)
        {
            Number = number;
            XmlId = xmlId;
            IsSource = isSource;
            Span = span;
            Paragraph = paragraph;
            Offset = offset;
        }

        public string? Number { get; }

        public string? XmlId { get; }

        public bool IsSource { get; }

        public SourceSpan Span { get; }

        public int Paragraph { get; }

        public int Offset { get; }

        public TextBuffer Text { get; } = new();
    }
}
