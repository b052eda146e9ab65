// Shared source: compiled into the runtime library (namespace DocGen) and into DocGen.Core (namespace
// DocGen.Core.Formatting) so the generator can format citations at compile time with the same code.
#if DOCGEN_CORE
namespace DocGen.Core.Formatting;
#else
namespace DocGen;
#endif

/// <summary>A citation style, each matching the official CSL style of the same name as citeproc-js renders it.</summary>
public enum CitationStyle
{
    /// <summary>The Chicago Manual of Style, 18th edition, notes and bibliography (CSL <c>chicago-notes-bibliography</c>).</summary>
    ChicagoNotesBibliography = 0,

    /// <summary>The Chicago Manual of Style, 18th edition, author-date (CSL <c>chicago-author-date</c>).</summary>
    ChicagoAuthorDate = 1,

    /// <summary>APA Style, 7th edition (CSL <c>apa</c>).</summary>
    Apa = 2,

    /// <summary>The MLA Handbook, 9th edition (CSL <c>modern-language-association</c>).</summary>
    Mla = 3,
}
