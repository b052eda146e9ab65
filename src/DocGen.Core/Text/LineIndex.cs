using System.Collections.Generic;

namespace DocGen.Core.Text;

/// <summary>
/// The lines of a text, broken where Roslyn and editors break them (CRLF, CR, LF, U+0085, U+2028, U+2029), and a
/// leading byte-order mark is not part of line 0, so lines and columns match what the compiler and an editor show.
/// </summary>
public sealed class LineIndex
{
    private readonly string _text;
    private readonly List<int> _starts = new();
    private readonly List<int> _lengths = new();

    public LineIndex(string text)
    {
        _text = text;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        var i = start;
        while (i < text.Length)
        {
            var c = text[i];
            if (c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029')
            {
                _starts.Add(start);
                _lengths.Add(i - start);
                i += c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                start = i;
            }
            else
            {
                i++;
            }
        }

        _starts.Add(start);
        _lengths.Add(text.Length - start);
    }

    public string Text => _text;

    public int Count => _starts.Count;

    public int Start(int line) => _starts[line];

    public int Length(int line) => _lengths[line];

    /// <summary>A span inside one line, from column <paramref name="column"/> for <paramref name="length"/> characters.</summary>
    public SourceSpan Span(int line, int column, int length) =>
        new(_starts[line] + column, length, line, column, line, column + length);

    /// <summary>A span from a position on one line to a position on a later line.</summary>
    public SourceSpan Span(int startLine, int startColumn, int endLine, int endColumn) =>
        new(_starts[startLine] + startColumn, _starts[endLine] + endColumn - (_starts[startLine] + startColumn), startLine, startColumn, endLine, endColumn);
}
