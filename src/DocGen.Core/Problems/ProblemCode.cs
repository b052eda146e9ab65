namespace DocGen.Core.Problems;

/// <summary>
/// What the parser found wrong with one document. The generator maps each code to a diagnostic id; the numbers
/// are the diagnostic ids' numbers (DG0001 ...), so they never change once released.
/// </summary>
public enum ProblemCode
{
    /// <summary>The file does not start with a bold date/title header.</summary>
    NotArchiveFormat = 1,

    /// <summary>The file is empty or only white space.</summary>
    EmptyDocument = 2,

    /// <summary>The header has no title.</summary>
    MissingTitle = 3,

    /// <summary>The header has no date line.</summary>
    MissingDate = 4,

    /// <summary>The date line could not be understood.</summary>
    UnparseableDate = 5,

    /// <summary>No <c>**Citation:**</c> section.</summary>
    MissingCitation = 6,

    /// <summary>The citation names no URL.</summary>
    MissingUrl = 7,

    /// <summary>A labelled section with no text under it.</summary>
    EmptySection = 8,

    /// <summary>The same labelled section twice; the first is kept.</summary>
    DuplicateSection = 9,

    /// <summary>A labelled section DocGen does not know; it is kept in <c>Fields</c>.</summary>
    UnknownSection = 10,
}
