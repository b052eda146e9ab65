using System;
using DocGen.Csl.Checking;
using DocGen.Csl.Style;

namespace DocGen;

/// <summary>
/// A citation style read from a CSL 1.0.2 file (any of the Citation Style Language's styles, or one of your own), for
/// <see cref="ArchiveDocument.Cite(CslCitationStyle, CitationForm, CitationMarkup, CslLocale?, CalendarDay?)"/>.
/// Parse it once and keep it: it is immutable and safe to share between threads.
/// </summary>
public sealed class CslCitationStyle
{
    private CslCitationStyle(CslStyle style) => Style = style;

    internal CslStyle Style { get; }

    /// <summary>Reads a style from the text of its .csl file.</summary>
    /// <exception cref="CslStyleException">The text is not well-formed XML, not a CSL style, names a macro it does not
    /// define, or uses an element the processor does not render; the exception lists each problem with its line and column.</exception>
    public static CslCitationStyle Parse(string xml)
    {
        CslStyleException.ThrowIfAny("style", StyleChecker.CheckStyle(xml ?? throw new ArgumentNullException(nameof(xml))));
        return new CslCitationStyle(CslStyle.Parse(xml));
    }
}
