namespace DocGen.Core.Formats.Tei.Authorities;

/// <summary>Which of a volume's two authority lists an item belongs to.</summary>
public enum AuthorityKind
{
    /// <summary><c>list[@type='names']</c>, entries named by <c>persName/@xml:id</c>.</summary>
    Persons,

    /// <summary><c>list[@type='terms']</c>, entries named by <c>term/@xml:id</c>.</summary>
    Terms,
}
