using System;
using Microsoft.CodeAnalysis.Text;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// Text with the expected diagnostic span marked as <c>[|...|]</c> (Roslyn's test convention): the markers are
/// removed and their place returned as a line/column span.
/// </summary>
public static class MarkedText
{
    public static (string Text, LinePositionSpan Span) Parse(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new ArgumentException("no [|...|] span in the test text", nameof(marked));
        }

        var text = marked.Remove(end, 2).Remove(start, 2);
        return (text, new LinePositionSpan(Position(text, start), Position(text, end - 2)));
    }

    private static LinePosition Position(string text, int offset)
    {
        var line = 0;
        var column = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] == '\n')
            {
                line++;
                column = 0;
            }
            else
            {
                column++;
            }
        }

        return new LinePosition(line, column);
    }
}
