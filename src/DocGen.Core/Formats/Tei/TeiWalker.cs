using System.Collections.Generic;
using System.Xml;
using DocGen.Core.Model;
using DocGen.Core.Problems;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// The reader's one pass: keeps a stack of what each open element means (a document, an attachment, a heading, a
/// note, a paragraph ...) and sends every text node to the innermost part it belongs to. Work per node is constant,
/// so the pass is linear in the file.
/// </summary>
internal sealed class TeiWalker
{
    private readonly XmlLocations _locations;
    private readonly TeiHeader _header;
    private readonly List<Frame> _frames = new();
    private readonly List<PartBuilder> _parts = new();
    private readonly List<DocumentBuilder> _open = new();
    private readonly List<(DocumentBuilder Builder, TeiDocument? Document)> _documents = new();
    private readonly Dictionary<string, DocumentBuilder> _ids = new(System.StringComparer.Ordinal);
    private readonly TeiReferences _references = new();
    private PublishedVolume? _volume;
    private IXmlLineInfo? _lineInfo;
    private string? _page;
    private bool _inText;
    private bool _inTitlePage;
    private bool _titlePageRead;

    public TeiWalker(string fileStem, XmlLocations locations)
    {
        _locations = locations;
        _header = new TeiHeader(fileStem);
    }

    public PublishedVolume Volume() => _volume ?? _header.Build();

    /// <summary>Problems that belong to no kept document (a duplicate id).</summary>
    public List<ParseProblem> Problems { get; } = new();

    /// <summary>The finished documents in the order their divs start; a document cut off by an XML error is left out.</summary>
    public List<TeiDocument> Documents()
    {
        var result = new List<TeiDocument>();
        var volume = Volume().Id;
        var kept = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var entry in _documents)
        {
            if (entry.Document is not null)
            {
                kept.Add(entry.Builder.XmlId);
            }
        }

        var (pages, loose) = _references.PageMap(kept);
        foreach (var entry in _documents)
        {
            if (entry.Document is not null)
            {
                var document = WithLinks(entry.Document, entry.Builder, volume);
                document = document with
                {
                    PageIds = pages.TryGetValue(entry.Builder.XmlId, out var own) ? own.ToEquatableArray() : EquatableArray<string>.Empty,
                    // The pages of no document travel with the first one, so the volume reports each of its pages once.
                    LoosePageIds = result.Count == 0 ? loose.ToEquatableArray() : EquatableArray<string>.Empty,
                };
                result.Add(document);
            }
        }

        return result;
    }

    // References are resolved once the whole volume is read: a reference may point at a later document or page.
    private TeiDocument WithLinks(TeiDocument document, DocumentBuilder builder, string volume)
    {
        if (builder.References.Count == 0)
        {
            return document;
        }

        var problems = new List<ParseProblem>();
        var otherVolumes = new List<VolumeReference>();
        var links = _references.Resolve(builder, volume, _ids.Keys, problems, otherVolumes);
        return document with
        {
            Cites = links,
            OtherVolumeReferences = otherVolumes.ToEquatableArray(),
            Problems = problems.Count == 0 ? document.Problems : System.Linq.Enumerable.Concat(document.Problems, problems).ToEquatableArray(),
        };
    }

    public void Walk(XmlReader reader)
    {
        _lineInfo = reader as IXmlLineInfo;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var empty = reader.IsEmptyElement;
                    var frame = Start(reader, empty);
                    if (!empty)
                    {
                        _frames.Add(frame);
                    }

                    break;
                case XmlNodeType.EndElement:
                    End(reader);
                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    Text(reader.Value);
                    break;
            }
        }
    }

    private PartBuilder? Part => _parts.Count > 0 ? _parts[_parts.Count - 1] : null;

    private Frame Start(XmlReader reader, bool empty)
    {
        var name = reader.LocalName;
        var tei = reader.NamespaceURI == TeiVolumeReader.TeiNamespace;
        if (!_inText)
        {
            if (tei && name == "text")
            {
                _inText = true;
                _volume = _header.Build();
                return default;
            }

            return new Frame(FrameKind.Header, null, _header.Start(reader, empty));
        }

        if (tei && name == "pb")
        {
            var number = reader.GetAttribute("n");
            _page = number ?? _page;
            _references.Page(reader.GetAttribute("id", XmlNamespace), number, _open.Count > 0 ? _open[_open.Count - 1] : null);
            return default;
        }

        // The title page before the first document: its imprint date is the volume's year (TeiHeader.Build).
        if (tei && name == "titlePage" && !empty && !_titlePageRead && _open.Count == 0 && _documents.Count == 0)
        {
            _inTitlePage = true;
            return new Frame(FrameKind.TitlePage, null, HeaderField.None);
        }

        if (_inTitlePage)
        {
            return tei && name == "docDate" && !empty ? new Frame(FrameKind.Header, null, _header.StartTitlePageDate()) : default;
        }

        if (reader.NamespaceURI == TeiVolumeReader.FrusNamespace && name == "attachment" && _open.Count > 0 && !empty)
        {
            return StartAttachment(reader.Depth);
        }

        if (tei && name == "div" && reader.GetAttribute("type") == "document")
        {
            var id = reader.GetAttribute("id", XmlNamespace);
            if (id is not null)
            {
                var document = StartDocument(reader, id);
                if (empty)
                {
                    // <div type="document" xml:id="d9"/> has no end tag: it ends here, headless.
                    EndDocument(StartTag().End);
                }

                return document;
            }

            if (_open.Count > 0 && !empty)
            {
                // An id-less div that fills a frus:attachment is that attachment, not one more inside it.
                var part = Part!;
                if (part != _open[_open.Count - 1].Content && part.IsEmpty && part.Depth == reader.Depth - 1)
                {
                    part.Depth = reader.Depth;
                    return default;
                }

                return StartAttachment(reader.Depth);
            }
        }

        var current = Part;
        return current is null || !tei ? default : StartInPart(reader, current, name, empty);
    }

    private Frame StartDocument(XmlReader reader, string id)
    {
        var builder = new DocumentBuilder(
            id,
            reader.GetAttribute("n"),
            reader.GetAttribute("subtype"),
            reader.GetAttribute("doc-dateTime-min", TeiVolumeReader.FrusNamespace),
            reader.GetAttribute("doc-dateTime-max", TeiVolumeReader.FrusNamespace),
            StartTag(),
            reader.Depth);
        if (_ids.TryGetValue(id, out var first))
        {
            // The duplicate is still read (its text must not leak into its parent) but not kept.
            var where = (first.Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
            Problems.Add(new ParseProblem(ProblemCode.DuplicateDocumentId, builder.Span, id, "line " + where));
        }
        else
        {
            _ids.Add(id, builder);
            builder.Slot = _documents.Count;
            _documents.Add((builder, null));
        }

        _references.DocumentStarts(builder);
        _open.Add(builder);
        _parts.Add(builder.Content);
        return new Frame(FrameKind.Document, builder.Content, HeaderField.None);
    }

    private Frame StartAttachment(int depth)
    {
        var part = new PartBuilder(depth);
        _parts.Add(part);
        return new Frame(FrameKind.Attachment, part, HeaderField.None);
    }

    private Frame StartInPart(XmlReader reader, PartBuilder part, string name, bool empty)
    {
        switch (name)
        {
            case "lb":
            case "cell":
                part.Break();
                return default;
            case "ref":
                var target = reader.GetAttribute("target");
                if (_open.Count > 0 && TeiReferences.IsCitation(target))
                {
                    _open[_open.Count - 1].References.Add((target!, StartTag()));
                }

                return default;
            case "head" when !part.HasHeading && reader.Depth == part.Depth + 1:
                part.StartHeading(StartTag());
                return empty ? default : Enter(part, FrameKind.Head);
            case "note" when !empty:
                part.StartNote(reader.GetAttribute("n"), reader.GetAttribute("id", XmlNamespace), reader.GetAttribute("type") == "source", StartTag());
                return new Frame(FrameKind.Note, part, HeaderField.None);
            case "persName":
            case "gloss":
                var role = reader.GetAttribute("type");
                if (part.InHead > 0 && !empty && role is "from" or "to")
                {
                    part.StartPerson(role, reader.GetAttribute("corresp"), name == "gloss");
                    return new Frame(FrameKind.Person, part, HeaderField.None);
                }

                return default;
            case "opener":
                return empty ? default : Enter(part, FrameKind.Opener);
            case "closer":
                return empty ? default : Enter(part, FrameKind.Closer);
            case "signed":
                // Several signatures in one closer stay apart.
                part.Break();
                return empty ? default : Enter(part, FrameKind.Signed);
            case "dateline":
                return empty ? default : Enter(part, FrameKind.Dateline);
            case "placeName" when part.InDateline > 0:
                return empty ? default : Enter(part, FrameKind.Place);
            case "date" when part.InDateline > 0 && !part.HasDatelineDate:
                ReadDate(reader, part);
                return empty ? default : Enter(part, FrameKind.Date);
            case "p":
            case "item":
            case "row":
            case "l":
                if (!empty)
                {
                    part.StartBlock(name, _page);
                    return new Frame(FrameKind.Block, part, HeaderField.None);
                }

                return default;
            default:
                return default;
        }
    }

    private static Frame Enter(PartBuilder part, FrameKind kind)
    {
        Count(part, kind, 1);
        return new Frame(kind, part, HeaderField.None);
    }

    private void ReadDate(XmlReader reader, PartBuilder part)
    {
        var span = StartTag();
        var when = reader.GetAttribute("when");
        var from = reader.GetAttribute("from");
        var to = reader.GetAttribute("to");
        var notBefore = reader.GetAttribute("notBefore");
        var notAfter = reader.GetAttribute("notAfter");
        TeiDate? date;
        string? written;
        if (when is not null)
        {
            (date, written) = (TeiDates.Read(string.Empty, when, null, TeiDateKind.When, span), when);
        }
        else if (from is not null || to is not null)
        {
            (date, written) = (TeiDates.Read(string.Empty, from, to, TeiDateKind.FromTo, span), from + "/" + to);
        }
        else if (notBefore is not null || notAfter is not null)
        {
            (date, written) = (TeiDates.Read(string.Empty, notBefore, notAfter, TeiDateKind.NotBeforeNotAfter, span), notBefore + "/" + notAfter);
        }
        else
        {
            // An undated marker ("undated", "not dated") or a date the file does not normalise: the document stays undated.
            return;
        }

        if (date is null)
        {
            var owner = _open[_open.Count - 1];
            owner.Problems.Add(new ParseProblem(ProblemCode.UnreadableDateAttribute, span, written));
            return;
        }

        part.SetDate(date);
    }

    private void End(XmlReader reader)
    {
        if (_frames.Count == 0)
        {
            return;
        }

        var frame = _frames[_frames.Count - 1];
        _frames.RemoveAt(_frames.Count - 1);
        var part = frame.Part;
        switch (frame.Kind)
        {
            case FrameKind.Header:
                _header.End(frame.Field);
                break;
            case FrameKind.TitlePage:
                _inTitlePage = false;
                _titlePageRead = true;
                _volume = _header.Build();
                break;
            case FrameKind.Document:
                EndDocument(StartTag().End);
                break;
            case FrameKind.Attachment:
                _parts.RemoveAt(_parts.Count - 1);
                _open[_open.Count - 1].AddAttachment(part!.Build());
                break;
            case FrameKind.Note:
                part!.EndNote();
                break;
            case FrameKind.Person:
                part!.EndPerson();
                break;
            case FrameKind.Block:
                part!.EndBlock(_page);
                break;
            case FrameKind.Date:
                Count(part!, frame.Kind, -1);
                if (part!.Date.Kind != TeiDateKind.None && part.Date.Date.Text.Length == 0)
                {
                    part.SetDate(part.Date with { Date = part.Date.Date with { Text = part.DateText.Trim().TrimEnd('.') } });
                }

                break;
            case FrameKind.None:
                break;
            default:
                Count(part!, frame.Kind, -1);
                break;
        }
    }

    /// <param name="end">Where the div ends in the file: past its end tag's '&gt;' (StartTag finds an end tag's the same way).</param>
    private void EndDocument(int end)
    {
        _parts.RemoveAt(_parts.Count - 1);
        var builder = _open[_open.Count - 1];
        _open.RemoveAt(_open.Count - 1);
        if (builder.Slot >= 0)
        {
            var start = builder.Span.Start;
            _documents[builder.Slot] = (builder, builder.Build(Volume()) with { Range = new Citations.TextRange(start, System.Math.Max(0, end - start)) });
        }
    }

    private void Text(string value)
    {
        if (!_inText || _inTitlePage)
        {
            _header.Text(value);
            return;
        }

        Part?.Text(value, _page);
    }

    private static void Count(PartBuilder part, FrameKind kind, int step)
    {
        switch (kind)
        {
            case FrameKind.Head: part.InHead += step; break;
            case FrameKind.Opener: part.InOpener += step; break;
            case FrameKind.Closer: part.InCloser += step; break;
            case FrameKind.Signed: part.InSigned += step; break;
            case FrameKind.Dateline: part.InDateline += step; break;
            case FrameKind.Place: part.InPlace += step; break;
            case FrameKind.Date: part.InDate += step; break;
        }
    }

    private Text.SourceSpan StartTag() =>
        _lineInfo is null ? default : _locations.StartTag(_lineInfo.LineNumber, _lineInfo.LinePosition);

    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    private enum FrameKind
    {
        None,
        Header,
        TitlePage,
        Document,
        Attachment,
        Head,
        Note,
        Person,
        Opener,
        Closer,
        Signed,
        Dateline,
        Place,
        Date,
        Block,
    }

    private readonly record struct Frame(FrameKind Kind, PartBuilder? Part, HeaderField Field);
}
