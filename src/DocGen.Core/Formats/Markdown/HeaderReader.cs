using System.Runtime.CompilerServices;
using DocGen.Core.Dates;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Markdown;

/// <summary>
/// Reads the header: a bold one-line date, then a bold (possibly wrapped) title. A lone block is the date when it
/// reads as one and the title otherwise; a multi-line first block is always the title.
/// </summary>
internal static class HeaderReader
{
    // Longer one-line blocks are titles even with a digit in them ("Telegram No. 3410").
    private const int MaxBadDateLength = 40;

    [MethodImpl(Jit.Optimized)]
    public static Header Read(LineIndex lines, int firstLine)
    {
        var line = SkipBlank(lines, firstLine);
        var first = line < lines.Count ? BoldBlock.TryRead(lines, line) : null;
        if (first is null)
        {
            return new Header(null, null, line);
        }

        // The export writes the title on the line right under the date; a bold run after a blank line is the
        // title only when the first run could be a date, else it is already part of the body.
        line = SkipBlank(lines, first.LastLine + 1);
        var adjacent = line == first.LastLine + 1;
        var second = line < lines.Count && first.IsSingleLine ? BoldBlock.TryRead(lines, line) : null;
        if (second is not null && (adjacent || CouldBeDate(first)))
        {
            return new Header(first, second, second.LastLine + 1);
        }

        // A lone one-line block: the date when it reads as one, else the title.
        var isDate = first.IsSingleLine && (DateParser.Parse(first.Text.Text).IsKnown || UndatedMarkers.Is(first.Text.Text));
        return isDate ? new Header(first, null, first.LastLine + 1) : new Header(null, first, first.LastLine + 1);
    }

    /// <summary>A one-line block that reads as a date, says "Undated", or is short and holds a digit (a bad date).</summary>
    private static bool CouldBeDate(BoldBlock block)
    {
        var text = block.Text.Text;
        if (DateParser.Parse(text).IsKnown || UndatedMarkers.Is(text))
        {
            return true;
        }

        if (text.Length > MaxBadDateLength)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c >= '0' && c <= '9')
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(Jit.Optimized)]
    private static int SkipBlank(LineIndex lines, int line)
    {
        while (line < lines.Count && Paragraph.Trim(lines, line).Length == 0)
        {
            line++;
        }

        return line;
    }
}
