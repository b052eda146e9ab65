using System.Collections.Generic;
using System.Xml;
using DocGen.Core.Model;

namespace DocGen.Core.Formats.Tei;

/// <summary>What a header element holds, for the one field it fills.</summary>
internal enum HeaderField
{
    None,
    Other,
    TitleStatement,
    PublicationStatement,
    FullTitle,
    Series,
    Subseries,
    VolumeNumber,
    VolumeTitle,
    Editor,
    Publisher,
    PublicationPlace,
    PublicationDate,
    TitlePageDate,
    VolumeId,
}

/// <summary>
/// Collects the volume header while the reader passes through <c>teiHeader</c>, tolerant of the drift between eras
/// (<c>subseries</c>/<c>sub-series</c>, <c>volumenumber</c>/<c>volume-number</c>, a typed or untyped publication date),
/// and the imprint date of the title page (<c>titlePage//docDate</c>), which the walker hands over.
/// </summary>
internal sealed class TeiHeader
{
    private readonly string _fileStem;
    private readonly Dictionary<HeaderField, string> _fields = new();
    private readonly List<VolumeEditor> _editors = new();
    private readonly TextBuffer _text = new();
    private string? _rootId;
    private string? _editorRole;
    private int _inTitleStatement;
    private int _inPublicationStatement;
    private HeaderField _capturing;
    private TeiDate _coverage = TeiDate.None;

    public TeiHeader(string fileStem) => _fileStem = fileStem;

    public HeaderField Start(XmlReader reader, bool empty)
    {
        var name = reader.LocalName;
        if (name == "TEI" && reader.Depth == 0)
        {
            _rootId = reader.GetAttribute("id", "http://www.w3.org/XML/1998/namespace");
            return HeaderField.Other;
        }

        // The declared coverage: a reviewed content-date, or the normalised frus:coverage.
        if ((name == "date" && reader.GetAttribute("type") == "content-date") || name == "coverage")
        {
            _coverage = TeiDates.Read(string.Empty, reader.GetAttribute("notBefore"), reader.GetAttribute("notAfter"), TeiDateKind.NotBeforeNotAfter, default) ?? _coverage;
            return HeaderField.Other;
        }

        var field = Field(reader, name);
        if (empty)
        {
            return field;
        }

        switch (field)
        {
            case HeaderField.TitleStatement:
                _inTitleStatement++;
                break;
            case HeaderField.PublicationStatement:
                _inPublicationStatement++;
                break;
            case HeaderField.Other:
            case HeaderField.None:
                break;
            default:
                _capturing = field;
                _editorRole = field == HeaderField.Editor ? reader.GetAttribute("role") : null;
                _text.Clear();
                break;
        }

        return field;
    }

    /// <summary>A <c>docDate</c> of the volume's title page starts.</summary>
    public HeaderField StartTitlePageDate()
    {
        if (_capturing != HeaderField.None)
        {
            return HeaderField.None;
        }

        _capturing = HeaderField.TitlePageDate;
        _text.Clear();
        return HeaderField.TitlePageDate;
    }

    public void Text(string value)
    {
        if (_capturing != HeaderField.None)
        {
            _text.Append(value);
        }
    }

    public void End(HeaderField field)
    {
        switch (field)
        {
            case HeaderField.TitleStatement:
                _inTitleStatement--;
                return;
            case HeaderField.PublicationStatement:
                _inPublicationStatement--;
                return;
            case HeaderField.Other:
            case HeaderField.None:
                return;
        }

        if (field != _capturing)
        {
            return;
        }

        var text = _text.ToString().Trim();
        _capturing = HeaderField.None;
        if (text.Length == 0)
        {
            return;
        }

        if (field == HeaderField.Editor)
        {
            _editors.Add(new VolumeEditor(text, _editorRole));
        }
        else if (!_fields.ContainsKey(field))
        {
            _fields[field] = text;
        }
    }

    public PublishedVolume Build() => new(
        Get(HeaderField.VolumeId) ?? _rootId ?? _fileStem,
        Get(HeaderField.FullTitle),
        Get(HeaderField.Series),
        Get(HeaderField.Subseries),
        Get(HeaderField.VolumeNumber),
        Get(HeaderField.VolumeTitle),
        _editors.ToEquatableArray(),
        Get(HeaderField.Publisher),
        Get(HeaderField.PublicationPlace),
        Year(Get(HeaderField.TitlePageDate)) ?? Get(HeaderField.PublicationDate),
        _coverage.Date);

    /// <summary>
    /// The year the title page prints ("1873.", "2010"): the year of the printed volume, which the Office of the
    /// Historian cites. The header's publication date can be the digital edition's instead (the reviewed Korea volume,
    /// 1969–76 Volume XIX Part 1, says 2009 where its title page says 2010); the header's date is kept only when the
    /// title page gives no year.
    /// </summary>
    private static string? Year(string? text)
    {
        if (text is null)
        {
            return null;
        }

        for (var i = 0; i + 4 <= text.Length; i++)
        {
            if (IsDigits(text, i, 4) && (i == 0 || !char.IsDigit(text[i - 1])) && (i + 4 == text.Length || !char.IsDigit(text[i + 4])))
            {
                return text.Substring(i, 4);
            }
        }

        return null;
    }

    private static bool IsDigits(string text, int start, int count)
    {
        for (var i = start; i < start + count; i++)
        {
            if (text[i] is < '0' or > '9')
            {
                return false;
            }
        }

        return true;
    }

    private string? Get(HeaderField field) => _fields.TryGetValue(field, out var value) ? value : null;

    private HeaderField Field(XmlReader reader, string name)
    {
        if (name == "titleStmt")
        {
            return HeaderField.TitleStatement;
        }

        if (name == "publicationStmt")
        {
            return HeaderField.PublicationStatement;
        }

        if (_capturing != HeaderField.None)
        {
            return HeaderField.None;
        }

        if (_inTitleStatement > 0 && name == "title")
        {
            return reader.GetAttribute("type") switch
            {
                "complete" => HeaderField.FullTitle,
                "series" => HeaderField.Series,
                "sub-series" or "subseries" => HeaderField.Subseries,
                "volume-number" or "volumenumber" => HeaderField.VolumeNumber,
                "volume" => HeaderField.VolumeTitle,
                _ => HeaderField.Other,
            };
        }

        if (_inTitleStatement > 0 && name == "editor")
        {
            return HeaderField.Editor;
        }

        if (_inPublicationStatement > 0)
        {
            switch (name)
            {
                case "publisher":
                    return HeaderField.Publisher;
                case "pubPlace":
                    return HeaderField.PublicationPlace;
                case "date" when reader.GetAttribute("type") is null or "publication-date":
                    return HeaderField.PublicationDate;
                case "idno" when reader.GetAttribute("type") == "frus":
                    return HeaderField.VolumeId;
            }
        }

        return HeaderField.Other;
    }
}
