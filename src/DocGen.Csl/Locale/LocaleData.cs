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
        var byName = new Dictionary<string, List<Term>>(System.StringComparer.Ordinal);
        foreach (var term in terms)
        {
            if (!byName.TryGetValue(term.Name, out var named))
            {
                byName[term.Name] = named = new List<Term>();
            }

            named.Add(term);
        }

        _byName = byName;
    }

    // The terms by name, each list in file order: a term lookup reads the few of one name, not every term of the file.
    private readonly Dictionary<string, List<Term>> _byName;

    /// <summary>xml:lang, or null for a style locale that applies to every language.</summary>
    public string? Language { get; }

    public IReadOnlyList<Term> Terms { get; }

    /// <summary>The terms of one name, in file order.</summary>
    public IReadOnlyList<Term> Named(string name) => _byName.TryGetValue(name, out var terms) ? terms : (IReadOnlyList<Term>)System.Array.Empty<Term>();

    /// <summary>The localized date formats by form ("text", "numeric").</summary>
    public IReadOnlyDictionary<string, DateElement> DateFormats { get; }

    /// <summary>cs:style-options (punctuation-in-quote, limit-day-ordinals-to-day-1).</summary>
    public IReadOnlyDictionary<string, string> Options { get; }
}
