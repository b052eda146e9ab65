using System.Collections.Generic;
using DocGen.Csl.Locale;

namespace DocGen.Csl.Style;

/// <summary>A parsed CSL style: immutable once built.</summary>
public sealed class CslStyle
{
    public CslStyle(string @class, string? defaultLocale, IReadOnlyDictionary<string, string> options,
        IReadOnlyDictionary<string, IReadOnlyList<Element>> macros, Section citation, Section? bibliography,
        IReadOnlyList<LocaleData> locales)
    {
        Class = @class;
        DefaultLocale = defaultLocale;
        Options = options;
        Macros = macros;
        Citation = citation;
        Bibliography = bibliography;
        Locales = locales;
    }

    /// <summary>"in-text" or "note".</summary>
    public string Class { get; }

    public string? DefaultLocale { get; }

    /// <summary>The attributes of cs:style: global options and inheritable name options.</summary>
    public IReadOnlyDictionary<string, string> Options { get; }

    public IReadOnlyDictionary<string, IReadOnlyList<Element>> Macros { get; }

    public Section Citation { get; }

    public Section? Bibliography { get; }

    /// <summary>The style's own cs:locale elements, in document order.</summary>
    public IReadOnlyList<LocaleData> Locales { get; }

    /// <summary>The style renders the year-suffix variable itself; otherwise it follows the first year.</summary>
    public bool PlacesYearSuffix { get; init; }

    public static CslStyle Parse(string xml) => StyleParser.Parse(xml);

    /// <summary>The locale chain last built for this style (LocaleChain.Build): rebuilt only when the locale asked for changes.</summary>
    internal LocaleChain? LastLocaleChain;
}
