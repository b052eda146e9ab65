using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Markdown;

/// <summary>A run of non-blank lines, each as the trimmed columns of its line.</summary>
internal sealed class Paragraph
{
    public Paragraph(List<(int Line, int Column, int Length)> parts) => Parts = parts;

    public List<(int Line, int Column, int Length)> Parts { get; }

    [MethodImpl(Jit.Optimized)]
    public string LineText(LineIndex lines, int index)
    {
        var (line, column, length) = Parts[index];
        return lines.Text.Substring(lines.Start(line) + column, length);
    }

    /// <summary>The paragraph's lines joined by <paramref name="separator"/>, without the map back to the file.</summary>
    [MethodImpl(Jit.Optimized)]
    public string Text(LineIndex lines, string separator)
    {
        if (Parts.Count == 1)
        {
            return LineText(lines, 0);
        }

        var builder = new StringBuilder();
        for (var i = 0; i < Parts.Count; i++)
        {
            var (line, column, length) = Parts[i];
            builder.Append(i > 0 ? separator : string.Empty).Append(lines.Text, lines.Start(line) + column, length);
        }

        return builder.ToString();
    }

    /// <summary>Reads the paragraphs of lines [from, lines.Count), trimming each line.</summary>
    [MethodImpl(Jit.Optimized)]
    public static List<Paragraph> ReadAll(LineIndex lines, int from)
    {
        var paragraphs = new List<Paragraph>();
        List<(int, int, int)>? current = null;
        for (var line = from; line < lines.Count; line++)
        {
            var (column, length) = Trim(lines, line);
            if (length == 0)
            {
                current = null;
                continue;
            }

            if (current is null)
            {
                current = new List<(int, int, int)>();
                paragraphs.Add(new Paragraph(current));
            }

            current.Add((line, column, length));
        }

        return paragraphs;
    }

    /// <summary>The column and length of a line without leading and trailing white space.</summary>
    [MethodImpl(Jit.Optimized)]
    public static (int Column, int Length) Trim(LineIndex lines, int line)
    {
        var text = lines.Text;
        var start = lines.Start(line);
        var end = start + lines.Length(line);
        var first = start;
        while (first < end && char.IsWhiteSpace(text[first]))
        {
            first++;
        }

        var last = end;
        while (last > first && char.IsWhiteSpace(text[last - 1]))
        {
            last--;
        }

        return (first - start, last - first);
    }
}
