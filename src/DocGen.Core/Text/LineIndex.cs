using System.Collections.Generic;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Text;

/// <summary>
/// The lines of a text, broken where Roslyn and editors break them (CRLF, CR, LF, U+0085, U+2028, U+2029), and a
/// leading byte-order mark is not part of line 0, so lines and columns match what the compiler and an editor show.
/// </summary>
public sealed class LineIndex
{
    private static readonly char[] Breaks = { '\n', '\r', '\u0085', '\u2028', '\u2029' };

    private readonly string _text;
    private readonly List<int> _starts = new();
    private readonly List<int> _lengths = new();

    public LineIndex(string text)
    {
        _text = text;
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        int end;

        // IndexOfAny over five characters is vectorised on the runtimes the compiler runs on.
        while ((end = text.IndexOfAny(Breaks, start)) >= 0)
        {
            _starts.Add(start);
            _lengths.Add(end - start);
            start = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        _starts.Add(start);
        _lengths.Add(text.Length - start);
    }

    public string Text => _text;

    public int Count => _starts.Count;

    [MethodImpl(Jit.Optimized)]
    public int Start(int line) => _starts[line];

    [MethodImpl(Jit.Optimized)]
    public int Length(int line) => _lengths[line];

    /// <summary>The line a position of the text is on (a line break belongs to the line it ends).</summary>
    public int LineOf(int position)
    {
        var index = _starts.BinarySearch(position);
        return index >= 0 ? index : System.Math.Max(0, ~index - 1);
    }

    /// <summary>A span inside one line, from column <paramref name="column"/> for <paramref name="length"/> characters.</summary>
    [MethodImpl(Jit.Optimized)]
    public SourceSpan Span(int line, int column, int length) =>
        new(_starts[line] + column, length, line, column, line, column + length);

    /// <summary>A span from a position on one line to a position on a later line.</summary>
    [MethodImpl(Jit.Optimized)]
    public SourceSpan Span(int startLine, int startColumn, int endLine, int endColumn) =>
        new(_starts[startLine] + startColumn, _starts[endLine] + endColumn - (_starts[startLine] + startColumn), startLine, startColumn, endLine, endColumn);
}
