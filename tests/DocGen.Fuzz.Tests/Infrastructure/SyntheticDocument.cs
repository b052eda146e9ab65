using System.Text;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>One labelled section: <c>**Label:**</c> (or <c>**Label**:</c>) and the lines of its paragraph (none: empty).</summary>
public sealed record SyntheticSection(string Label, bool ColonOutside, string[] Lines, bool ValueOnNextLine);

/// <summary>
/// A document in the archive's export layout, built from parts so its text can be written with any line ending
/// and byte-order mark: the header (date and title, each a bold run that may wrap), labelled sections, then body
/// paragraphs. The parts may hold hostile text; only <see cref="Render"/> decides where lines end.
/// </summary>
public sealed record SyntheticDocument(
    int LeadingBlankLines,
    string? Date,
    string[] TitleLines,
    bool BlankLineAfterDate,
    SyntheticSection[] Sections,
    string[][] Body,
    bool TrailingNewline)
{
    public string Render(string newline = "\n", bool byteOrderMark = false)
    {
        var text = new StringBuilder();
        if (byteOrderMark)
        {
            text.Append('\uFEFF');
        }

        for (var i = 0; i < LeadingBlankLines; i++)
        {
            text.Append(newline);
        }

        if (Date is not null)
        {
            text.Append("**").Append(Date).Append("**  ").Append(newline);
            if (BlankLineAfterDate)
            {
                text.Append(newline);
            }
        }

        if (TitleLines.Length > 0)
        {
            text.Append("**");
            for (var i = 0; i < TitleLines.Length; i++)
            {
                // The export ends each wrapped line of a bold run with two spaces.
                text.Append(TitleLines[i]).Append(i == TitleLines.Length - 1 ? "**" : "  " + newline);
            }

            text.Append(newline);
        }

        foreach (var section in Sections)
        {
            text.Append(newline).Append("**").Append(section.Label).Append(section.ColonOutside ? "**:" : ":**").Append(newline);
            if (section.Lines.Length == 0)
            {
                continue;
            }

            if (!section.ValueOnNextLine)
            {
                text.Append(newline);
            }

            foreach (var line in section.Lines)
            {
                text.Append(line).Append(newline);
            }
        }

        foreach (var paragraph in Body)
        {
            text.Append(newline);
            foreach (var line in paragraph)
            {
                text.Append(line).Append(newline);
            }
        }

        var result = text.ToString();

        // Drop the last line end (all of it, whatever the newline is).
        return !TrailingNewline && result.EndsWith(newline, System.StringComparison.Ordinal) && result.Length > (byteOrderMark ? 1 : 0) + newline.Length
            ? result.Substring(0, result.Length - newline.Length)
            : result;
    }

    public override string ToString() => Show.Text(Render());
}
