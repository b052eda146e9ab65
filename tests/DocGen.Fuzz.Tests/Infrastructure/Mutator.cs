using System;
using System.Collections.Generic;
using System.Text;

namespace DocGen.Fuzz.Tests.Infrastructure;

public enum MutationKind
{
    DeleteLine,
    DuplicateLine,
    SwapLines,
    InsertMarker,
    InsertMarkerLine,
    ReplaceLine,
    InsertBlankLine,
    DeleteLineEnd,
    SplitLine,
    ChangeLineEnd,
    RepeatLine,
    Truncate,
}

/// <summary>One edit: what to do, two numbers that pick lines and columns (taken modulo the sizes), and the marker to insert.</summary>
public readonly record struct Mutation(MutationKind Kind, int A, int B, string Marker)
{
    public override string ToString() => $"{Kind}({A}, {B}, {Show.Text(Marker)})";
}

/// <summary>
/// Applies structure-aware mutations: the text is cut into lines where the parser cuts them (CRLF, CR, LF, U+0085,
/// U+2028, U+2029), each line keeping its own line end, and the edits act on lines: delete, duplicate, swap, repeat,
/// split, join, change a line end, insert a marker inside a line or as a line of its own.
/// </summary>
public static class Mutator
{
    private static readonly string[] LineEnds = { "\n", "\r\n", "\r", "\u0085", "\u2028", "\u2029", "\n\n", "  \n" };

    public static string Apply(string text, Mutation[] mutations)
    {
        var lines = Split(text);
        foreach (var mutation in mutations)
        {
            Apply(lines, mutation);
        }

        var builder = new StringBuilder(text.Length + 64);
        foreach (var (content, end) in lines)
        {
            builder.Append(content).Append(end);
        }

        return builder.ToString();
    }

    public static List<(string Content, string End)> Split(string text)
    {
        var lines = new List<(string, string)>();
        var start = 0;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (Markers.IsLineBreak(c))
            {
                var length = c == '\r' && i + 1 < text.Length && text[i + 1] == '\n' ? 2 : 1;
                lines.Add((text.Substring(start, i - start), text.Substring(i, length)));
                i += length;
                start = i;
            }
            else
            {
                i++;
            }
        }

        lines.Add((text.Substring(start), string.Empty));
        return lines;
    }

    private static void Apply(List<(string Content, string End)> lines, Mutation m)
    {
        var at = m.A % lines.Count;
        var other = m.B % lines.Count;
        var (content, end) = lines[at];
        switch (m.Kind)
        {
            case MutationKind.DeleteLine when lines.Count > 1:
                lines.RemoveAt(at);
                break;
            case MutationKind.DuplicateLine:
                lines.Insert(at, (content, end.Length == 0 ? "\n" : end));
                break;
            case MutationKind.SwapLines:
                (lines[at], lines[other]) = ((lines[other].Content, end), (content, lines[other].End));
                break;
            case MutationKind.InsertMarker:
                var column = content.Length == 0 ? 0 : m.B % (content.Length + 1);
                lines[at] = (content.Insert(column, m.Marker), end);
                break;
            case MutationKind.InsertMarkerLine:
                lines.Insert(at, (m.Marker, "\n"));
                break;
            case MutationKind.ReplaceLine:
                lines[at] = (m.Marker, end);
                break;
            case MutationKind.InsertBlankLine:
                lines.Insert(at, (string.Empty, "\n"));
                break;
            case MutationKind.DeleteLineEnd when at + 1 < lines.Count:
                lines[at] = (content + lines[at + 1].Content, lines[at + 1].End);
                lines.RemoveAt(at + 1);
                break;
            case MutationKind.SplitLine when content.Length > 0:
                var cut = m.B % content.Length;
                lines[at] = (content.Substring(0, cut), "\n");
                lines.Insert(at + 1, (content.Substring(cut), end));
                break;
            case MutationKind.ChangeLineEnd when end.Length > 0:
                lines[at] = (content, LineEnds[m.B % LineEnds.Length]);
                break;
            case MutationKind.RepeatLine:
                var times = 2 + (m.B % 30);
                for (var i = 0; i < times; i++)
                {
                    lines.Insert(at, (content, end.Length == 0 ? "\n" : end));
                }

                break;
            case MutationKind.Truncate:
                lines.RemoveRange(at + 1, lines.Count - at - 1);
                lines[at] = (content.Substring(0, content.Length == 0 ? 0 : m.B % (content.Length + 1)), string.Empty);
                break;
        }
    }
}
