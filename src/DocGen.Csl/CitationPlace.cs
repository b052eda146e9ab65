namespace DocGen.Csl;

/// <summary>Where one item's citation stands: in the bibliography, in its first note or cite, or in a later one (not ibid).</summary>
public enum CitationPlace
{
    Bibliography,
    First,
    Subsequent,
}
