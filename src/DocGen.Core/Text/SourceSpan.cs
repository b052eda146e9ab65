namespace DocGen.Core.Text;

/// <summary>
/// A span of a source file: character offsets plus zero-based line and column (in UTF-16 code units),
/// the same convention as Roslyn's LinePositionSpan so the generator can map it without re-reading the text.
/// </summary>
public readonly record struct SourceSpan(int Start, int Length, int StartLine, int StartColumn, int EndLine, int EndColumn)
{
    public int End => Start + Length;
}
