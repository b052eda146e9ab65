using System.Collections.Generic;
using DocGen.Csl.Style;

namespace DocGen.Csl.Locale;

/// <summary>One locale: a locale file or a style's own cs:locale (which only overrides what it names).</summary>
public sealed class LocaleData
{
    public LocaleData(string? language, IReadOnlyList<Term> terms, IReadOnlyDictionary<string, DateElement> dateFormats,
        IReadOnlyDictionary<string, string> options)
    {
        Language = language;
        Terms = terms;
        DateFormats = dateFormats;
        Options = options;
    }

    /// <summary>xml:lang, or null for a style locale that applies to every language.</summary>
    public string? Language { get; }

    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The localized date formats by form ("text", "numeric").</summary>
    public IReadOnlyDictionary<string, DateElement> DateFormats { get; }

    /// <summary>cs:style-options (punctuation-in-quote, limit-day-ordinals-to-day-1).</summary>
    public IReadOnlyDictionary<string, string> Options { get; }
}
