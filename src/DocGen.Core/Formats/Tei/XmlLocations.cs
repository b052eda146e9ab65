using System.Collections.Generic;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// Turns XmlReader's one-based line and column (lines broken at CR LF, CR and LF only) into spans of the file in
/// DocGen's convention (<see cref="LineIndex"/>, which also breaks at U+0085, U+2028 and U+2029), through the offset.
/// </summary>
internal sealed class XmlLocations
{
    private static readonly char[] XmlBreaks = { '\r', '\n' };

    private readonly string _text;
    private readonly LineIndex _lines;
    private readonly List<int> _xmlLineStarts = new();

    public XmlLocations(string text)
    {
        _text = text;
        _lines = new LineIndex(text);
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        _xmlLineStarts.Add(start);
        int at;
        while ((at = text.IndexOfAny(XmlBreaks, start)) >= 0)
        {
            start = at + (text[at] == '\r' && at + 1 < text.Length && text[at + 1] == '\n' ? 2 : 1);
            _xmlLineStarts.Add(start);
        }
    }

    /// <summary>The offset of a one-based XML line and column, clamped into the text.</summary>
    public int Offset(int line, int column)
    {
        if (line < 1)
        {
            return 0;
        }

        var index = System.Math.Min(line, _xmlLineStarts.Count) - 1;
        var offset = _xmlLineStarts[index] + System.Math.Max(0, column - 1);
        return System.Math.Min(offset, _text.Length);
    }

    /// <summary>
    /// The start tag of the element whose name XmlReader places at <paramref name="line"/>:<paramref name="column"/>,
    /// from its '&lt;' to its '&gt;'. Start tags do not overlap, so finding every '&gt;' is linear in the file.
    /// </summary>
    public SourceSpan StartTag(int line, int column)
    {
        var start = System.Math.Max(0, Offset(line, column) - 1);
        var end = _text.IndexOf('>', start);
        return Span(start, end < 0 ? _text.Length : end + 1);
    }

    /// <summary>One character at an XML line and column (where XmlReader reports an error).</summary>
    public SourceSpan Point(int line, int column)
    {
        var start = Offset(line, column);
        return Span(start, System.Math.Min(start + 1, _text.Length));
    }

    /// <summary>The span of <paramref name="length"/> characters from an offset of the text.</summary>
    public SourceSpan At(int offset, int length) => Span(offset, System.Math.Min(offset + length, _text.Length));

    private SourceSpan Span(int start, int end)
    {
        var startLine = _lines.LineOf(start);
        var endLine = _lines.LineOf(end);
        return new SourceSpan(start, end - start, startLine, start - _lines.Start(startLine), endLine, end - _lines.Start(endLine));
    }
}
