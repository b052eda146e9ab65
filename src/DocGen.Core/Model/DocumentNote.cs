namespace DocGen.Core.Model;

/// <summary>
/// A footnote of a document: its number as printed (null when unnumbered), its text, and its anchor: the index into
/// the body of the paragraph it stands in (-1 for the heading) and the character offset in that paragraph's text.
/// </summary>
public sealed record DocumentNote(string? Number, string Text, int Paragraph, int Offset);
