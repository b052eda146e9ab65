namespace DocGen.Csl;

/// <summary>One bibliography entry; Margin is its first field when the style aligns the second field, else null.</summary>
public sealed record BibliographyEntry(string? Margin, string Text);
