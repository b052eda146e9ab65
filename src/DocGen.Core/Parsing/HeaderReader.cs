using DocGen.Core.Dates;
using DocGen.Core.Text;

namespace DocGen.Core.Parsing;

/// <summary>
/// Reads the header: a bold date line, then a bold (possibly wrapped) title. When only one bold block is there,
/// a one-line block that reads as a date is the date, and anything else is the title.
/// </summary>
internal static class HeaderReader
{
    public static Header Read(LineIndex lines, int firstLine)
    {
        var line = SkipBlank(lines, firstLine);
        var first = line < lines.Count ? BoldBlock.TryRead(lines, line) : null;
        if (first is null)
        {
            return new Header(null, null, line);
        }

        line = SkipBlank(lines, first.LastLine + 1);
        var second = line < lines.Count ? BoldBlock.TryRead(lines, line) : null;
        if (second is not null)
        {
            return new Header(first, second, second.LastLine + 1);
        }

        var looksLikeDate = first.IsSingleLine && DateParser.Parse(first.Text.Text).IsKnown;
        return looksLikeDate
            ? new Header(first, null, first.LastLine + 1)
            : new Header(null, first, first.LastLine + 1);
    }

    private static int SkipBlank(LineIndex lines, int line)
    {
        while (line < lines.Count && Paragraph.Trim(lines, line).Length == 0)
        {
            line++;
        }

        return line;
    }
}
