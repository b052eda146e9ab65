// Shared source: see CitationStyle.cs.
#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>Which form of a citation to produce.</summary>
public enum CitationForm
{
    /// <summary>The entry of a bibliography or reference list.</summary>
    Bibliography = 0,

    /// <summary>
    /// The first citation of the document: the full note in Chicago notes-bibliography, the parenthetical in-text
    /// citation in the author-date styles (Chicago author-date, APA, MLA).
    /// </summary>
    Note = 1,

    /// <summary>
    /// A later citation of the same document: the short note in Chicago notes-bibliography; in the author-date styles
    /// the in-text citation, which is the same as <see cref="Note"/>.
    /// </summary>
    ShortNote = 2,
}
