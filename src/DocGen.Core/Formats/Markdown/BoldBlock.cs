using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Markdown;

/// <summary>
/// A bold run in the header: <c>**June 5, 1951**</c> or a title wrapped over hard-broken lines
/// (<c>**Ciphered Telegram ... to  </c> / <c>Krasovsky, for Mao Zedong**</c>), with its text joined into one line.
/// </summary>
internal sealed class BoldBlock
{
    private BoldBlock(TextMap text, int firstLine, int lastLine, bool closed)
    {
        Text = text;
        FirstLine = firstLine;
        LastLine = lastLine;
        IsClosed = closed;
    }

    public TextMap Text { get; }

    public int FirstLine { get; }

    public int LastLine { get; }

    public bool IsClosed { get; }

    public bool IsSingleLine => FirstLine == LastLine;

    /// <summary>Reads a bold block starting at <paramref name="line"/>, or returns null when that line does not open one.</summary>
    /// <remarks>A run with no text inside ("** **") is no block either.</remarks>
    [MethodImpl(Jit.Optimized)]
    public static BoldBlock? TryRead(LineIndex lines, int line)
    {
        var (column, length) = Paragraph.Trim(lines, line);
        var first = lines.Text.Substring(lines.Start(line) + column, length);

        // "***" and "****" are rules or empty runs, not bold text; a label line is a section, not header.
        if (length < 3 || !first.StartsWith("**", StringComparison.Ordinal) || first[2] == '*' || BoldLabel.TryRead(first, out _))
        {
            return null;
        }

        var parts = new List<(int, int, int)>();
        for (var current = line; current < lines.Count; current++)
        {
            var (start, count) = Paragraph.Trim(lines, current);
            if (count == 0 || (current > line && StartsNewRun(lines, current, start, count)))
            {
                // An unclosed run ends before a blank line, a label or another bold run instead of swallowing them.
                return Finish(lines, parts, line, current - 1, closed: false);
            }

            if (current == line)
            {
                start += 2;
                count -= 2;
            }

            var text = lines.Text.Substring(lines.Start(current) + start, count);
            if (text.EndsWith("**", StringComparison.Ordinal))
            {
                parts.Add((current, start, count - 2));
                return Finish(lines, parts, line, current, closed: true);
            }

            parts.Add((current, start, count));
        }

        return Finish(lines, parts, line, lines.Count - 1, closed: false);
    }

    [MethodImpl(Jit.Optimized)]
    private static bool StartsNewRun(LineIndex lines, int line, int column, int length) =>
        length >= 2 && lines.Text[lines.Start(line) + column] == '*' && lines.Text[lines.Start(line) + column + 1] == '*';

    [MethodImpl(Jit.Optimized)]
    private static BoldBlock? Finish(LineIndex lines, List<(int Line, int Column, int Length)> parts, int first, int last, bool closed)
    {
        // Trim each piece again: the text inside the asterisks may itself have spaces at either end.
        var trimmed = new List<(int, int, int)>(parts.Count);
        foreach (var (line, column, length) in parts)
        {
            var start = column;
            var end = column + length;
            var text = lines.Text;
            var offset = lines.Start(line);
            while (start < end && char.IsWhiteSpace(text[offset + start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(text[offset + end - 1]))
            {
                end--;
            }

            if (end > start)
            {
                trimmed.Add((line, start, end - start));
            }
        }

        return trimmed.Count == 0 ? null : new BoldBlock(TextMap.Join(lines, trimmed, " "), first, last, closed);
    }
}
