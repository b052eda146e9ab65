using System;
using System.Collections.Generic;
using DocGen.Csl.Style;

namespace DocGen.Csl.Locale;

/// <summary>
/// The locales in force, most specific first (CSL 1.0.2 "Locale Fallback"): the style's cs:locale for the exact
/// dialect, for the language, and without xml:lang; then the locale files for the dialect, the language's primary
/// dialect, and en-US.
/// </summary>
public sealed partial class LocaleChain
{
    private static readonly Dictionary<string, string> PrimaryDialects = new(StringComparer.Ordinal)
    {
        ["af"] = "af-ZA", ["ar"] = "ar", ["bg"] = "bg-BG", ["ca"] = "ca-AD", ["cs"] = "cs-CZ", ["cy"] = "cy-GB",
        ["da"] = "da-DK", ["de"] = "de-DE", ["el"] = "el-GR", ["en"] = "en-US", ["es"] = "es-ES", ["et"] = "et-EE",
        ["eu"] = "eu", ["fa"] = "fa-IR", ["fi"] = "fi-FI", ["fr"] = "fr-FR", ["he"] = "he-IL", ["hr"] = "hr-HR",
        ["hu"] = "hu-HU", ["id"] = "id-ID", ["is"] = "is-IS", ["it"] = "it-IT", ["ja"] = "ja-JP", ["km"] = "km-KH",
        ["ko"] = "ko-KR", ["la"] = "la", ["lt"] = "lt-LT", ["lv"] = "lv-LV", ["mn"] = "mn-MN", ["nb"] = "nb-NO",
        ["nl"] = "nl-NL", ["nn"] = "nn-NO", ["pl"] = "pl-PL", ["pt"] = "pt-PT", ["ro"] = "ro-RO", ["ru"] = "ru-RU",
        ["sk"] = "sk-SK", ["sl"] = "sl-SI", ["sr"] = "sr-RS", ["sv"] = "sv-SE", ["th"] = "th-TH", ["tr"] = "tr-TR",
        ["uk"] = "uk-UA", ["vi"] = "vi-VN", ["zh"] = "zh-CN",
    };

    // An array, so that looping over it (for every term of every citation) allocates no enumerator.
    private readonly LocaleData[] _chain;

    // The files asked of the loader and what it gave (null for none), to know whether a later Build may reuse this chain.
    private readonly string[] _files;
    private readonly LocaleData?[] _loaded;

    private LocaleChain(string tag, LocaleData[] chain, string[] files, LocaleData?[] loaded)
    {
        Tag = tag;
        _chain = chain;
        _files = files;
        _loaded = loaded;
    }

    /// <summary>The language rendered in ("de-DE"): what an item without a language of its own is taken to be written in.</summary>
    public string Tag { get; }

    /// <param name="style">The style, whose cs:locale elements come first.</param>
    /// <param name="language">The language tag asked for, or null for the style's default-locale (else en-US).</param>
    /// <param name="loadFile">Returns a parsed locale file by tag ("de-DE"), or null when there is none.</param>
    public static LocaleChain Build(CslStyle style, string? language, Func<string, LocaleData?> loadFile)
    {
        // A style renders one citation after another in the same locale: the last chain is reused when the loader
        // still gives the same files for the same tag (the chain is a function of those and the style's own locales).
        var tag = language ?? style.DefaultLocale ?? "en-US";
        if (style.LastLocaleChain is { } last && last.Tag == tag && last.LoadsSame(loadFile))
        {
            return last;
        }

        var built = Assemble(style, tag, loadFile);
        style.LastLocaleChain = built;
        return built;
    }

    private bool LoadsSame(Func<string, LocaleData?> loadFile)
    {
        for (var i = 0; i < _files.Length; i++)
        {
            if (!ReferenceEquals(loadFile(_files[i]), _loaded[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static LocaleChain Assemble(CslStyle style, string tag, Func<string, LocaleData?> loadFile)
    {
        var baseLanguage = tag.Split('-')[0];
        var chain = new List<LocaleData>();
        foreach (var wanted in new[] { tag, baseLanguage })
        {
            foreach (var locale in style.Locales)
            {
                if (locale.Language == wanted && !chain.Contains(locale))
                {
                    chain.Add(locale);
                }
            }
        }

        foreach (var locale in style.Locales)
        {
            if (locale.Language is null)
            {
                chain.Add(locale);
            }
        }

        var files = new List<string> { tag };
        if (PrimaryDialects.TryGetValue(baseLanguage, out var primary))
        {
            files.Add(primary);
        }

        files.Add("en-US");
        var asked = new List<string>();
        var results = new List<LocaleData?>();
        foreach (var file in files)
        {
            if (asked.Contains(file))
            {
                continue;
            }

            var data = loadFile(file);
            asked.Add(file);
            results.Add(data);
            if (data is not null)
            {
                chain.Add(data);
            }
        }

        return new LocaleChain(tag, chain.ToArray(), asked.ToArray(), results.ToArray());
    }

    /// <summary>A term in a form, falling back along the chain first, then to the next form
    /// (verb-short → verb → long; symbol → short → long).</summary>
    public Term? Find(string name, string form = "long", string? gender = null)
    {
        for (var f = form; f is not null; f = FallbackForm(f))
        {
            foreach (var locale in _chain)
            {
                Term? any = null;
                var named = locale.Named(name);
                for (var i = 0; i < named.Count; i++)
                {
                    var term = named[i];
                    if (term.Form != f)
                    {
                        continue;
                    }

                    if (gender is null || term.GenderForm == gender)
                    {
                        return term;
                    }

                    if (term.GenderForm is null)
                    {
                        any = term;
                    }
                }

                if (any is not null)
                {
                    return any;
                }
            }
        }

        return null;
    }

    /// <summary>Every ordinal term the most specific locale that has any defines (a locale that defines ordinals
    /// replaces all of a less specific one's, as CSL 1.0.1 asks).</summary>
    public IReadOnlyList<Term> OrdinalTerms()
    {
        foreach (var locale in _chain)
        {
            var list = new List<Term>();
            foreach (var term in locale.Terms)
            {
                if (term.Name.StartsWith("ordinal", StringComparison.Ordinal))
                {
                    list.Add(term);
                }
            }

            if (list.Count > 0)
            {
                return list;
            }
        }

        return Array.Empty<Term>();
    }

    public string Text(string name, string form = "long", bool plural = false) =>
        Find(name, form) is { } term ? (plural ? term.Multiple : term.Single) : string.Empty;

    public DateElement? DateFormat(string form)
    {
        foreach (var locale in _chain)
        {
            if (locale.DateFormats.TryGetValue(form, out var date))
            {
                return date;
            }
        }

        return null;
    }

    public string? Option(string name)
    {
        foreach (var locale in _chain)
        {
            if (locale.Options.TryGetValue(name, out var value))
            {
                return value;
            }
        }

        return null;
    }

    private static string? FallbackForm(string form) => form switch
    {
        "verb-short" => "verb",
        "verb" => "long",
        "symbol" => "short",
        "short" => "long",
        _ => null,
    };
}
