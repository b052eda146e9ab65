using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Markdown;

/// <summary>
/// Splits what follows the header into labelled sections and the body. Each label takes one paragraph as its value
/// (the archive puts the body straight after the last section, with or without a Contents label); the first
/// paragraph that is not a label or a label's value starts the body, and from there on every line is body text,
/// even one that looks like a label.
/// </summary>
internal static class SectionReader
{
    [MethodImpl(Jit.Optimized)]
    public static (List<Section> Sections, List<Paragraph> Body) Read(LineIndex lines, int fromLine)
    {
        var paragraphs = Paragraph.ReadAll(lines, fromLine);
        var sections = new List<Section>();
        var index = 0;
        while (index < paragraphs.Count)
        {
            var paragraph = paragraphs[index];
            if (!BoldLabel.TryRead(paragraph.LineText(lines, 0), out var label))
            {
                break;
            }

            var (line, column, length) = paragraph.Parts[0];
            var labelSpan = lines.Span(line, column, length);
            index++;
            if (paragraph.Parts.Count > 1)
            {
                // The value starts on the line right under the label, without a blank line between.
                sections.Add(new Section(label, labelSpan, Join(lines, paragraph.Parts.GetRange(1, paragraph.Parts.Count - 1))));
            }
            else if (index < paragraphs.Count && !BoldLabel.TryRead(paragraphs[index].LineText(lines, 0), out _))
            {
                sections.Add(new Section(label, labelSpan, Join(lines, paragraphs[index].Parts)));
                index++;
            }
            else
            {
                sections.Add(new Section(label, labelSpan, null));
            }
        }

        return (sections, paragraphs.GetRange(index, paragraphs.Count - index));
    }

    [MethodImpl(Jit.Optimized)]
    private static TextMap Join(LineIndex lines, List<(int Line, int Column, int Length)> parts) =>
        TextMap.Join(lines, parts, " ");
}
