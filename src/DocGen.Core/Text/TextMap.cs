using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using DocGen.Core.Citations;
using DocGen.Core.Formatting;

namespace DocGen.Core.Text;

/// <summary>
/// Text joined from pieces of several source lines (a wrapped paragraph), which remembers where each piece came
/// from so a range found in the joined text maps back to an exact span in the file.
/// </summary>
public sealed class TextMap
{
    private readonly LineIndex _lines;
    private readonly List<Piece> _pieces;

    private TextMap(LineIndex lines, string text, List<Piece> pieces)
    {
        _lines = lines;
        Text = text;
        _pieces = pieces;
    }

    public string Text { get; }

    /// <summary>
    /// Joins the given pieces of lines (line, column, length), separated by <paramref name="separator"/>.
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    public static TextMap Join(LineIndex lines, IReadOnlyList<(int Line, int Column, int Length)> parts, string separator)
    {
        var builder = new StringBuilder();
        var pieces = new List<Piece>(parts.Count);
        for (var i = 0; i < parts.Count; i++)
        {
            if (i > 0)
            {
                builder.Append(separator);
            }

            var (line, column, length) = parts[i];
            pieces.Add(new Piece(builder.Length, line, column, length));
            builder.Append(lines.Text, lines.Start(line) + column, length);
        }

        return new TextMap(lines, builder.ToString(), pieces);
    }

    /// <summary>The source span of a range of <see cref="Text"/>; a range over a separator snaps to the piece before it.</summary>
    [MethodImpl(Jit.Optimized)]
    public SourceSpan Map(TextRange range)
    {
        var (startLine, startColumn) = Locate(range.Start);
        var (endLine, endColumn) = Locate(range.End);
        return _lines.Span(startLine, startColumn, endLine, endColumn);
    }

    [MethodImpl(Jit.Optimized)]
    private (int Line, int Column) Locate(int offset)
    {
        if (_pieces.Count == 0)
        {
            return (0, 0);
        }

        // Binary search for the last piece starting at or before the offset: a paragraph of n lines can carry n problems,
        // and a linear scan per problem made that O(n^2).
        int low = 0, high = _pieces.Count - 1, steps = 0;
        while (low < high)
        {
            steps++;
            var middle = low + ((high - low + 1) / 2);
            if (_pieces[middle].Offset <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        ScanSteps.Add(steps);
        var piece = _pieces[low];
        var within = offset - piece.Offset;
        if (within > piece.Length)
        {
            within = piece.Length;
        }

        return (piece.Line, piece.Column + within);
    }

    private readonly record struct Piece(int Offset, int Line, int Column, int Length);
}
