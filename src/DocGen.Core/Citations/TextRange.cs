namespace DocGen.Core.Citations;

/// <summary>A range of characters inside a string that was parsed on its own (e.g. the citation text).</summary>
public readonly record struct TextRange(int Start, int Length)
{
    public int End => Start + Length;
}
