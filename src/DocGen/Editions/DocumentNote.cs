namespace DocGen;

/// <summary>
/// A footnote of a published document: its number as printed, its text, and where it is anchored: the index of the
/// paragraph in the body (-1 for the heading) and the character offset in that paragraph's text.
/// </summary>
public sealed class DocumentNote
{
    /// <summary>Creates a note.</summary>
    public DocumentNote(string? number, string text, int paragraph, int offset)
    {
        Number = number;
        Text = text;
        Paragraph = paragraph;
        Offset = offset;
    }

    /// <summary>The number as printed ("1"), or null for an unnumbered note.</summary>
    public string? Number { get; }

    /// <summary>The note's text.</summary>
    public string Text { get; }

    /// <summary>The index of the body paragraph the note stands in; -1 when it stands in the heading.</summary>
    public int Paragraph { get; }

    /// <summary>The character offset of the note's anchor in that paragraph's text.</summary>
    public int Offset { get; }
}
