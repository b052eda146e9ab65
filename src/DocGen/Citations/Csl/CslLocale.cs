using System;
using DocGen.Csl.Checking;
using DocGen.Csl.Locale;

namespace DocGen;

/// <summary>A CSL locale file (locales-de-DE.xml): the terms, date forms and punctuation rules of one language.</summary>
public sealed class CslLocale
{
    private CslLocale(LocaleData data)
    {
        Data = data;
        Language = data.Language ?? string.Empty;
    }

    /// <summary>The language tag the locale is for ("de-DE").</summary>
    public string Language { get; }

    internal LocaleData Data { get; }

    /// <summary>Reads a locale from the text of its file.</summary>
    /// <exception cref="CslStyleException">The text is not well-formed XML or not a CSL locale with an xml:lang.</exception>
    public static CslLocale Parse(string xml)
    {
        CslStyleException.ThrowIfAny("locale", StyleChecker.CheckLocale(xml ?? throw new ArgumentNullException(nameof(xml))));
        return new CslLocale(LocaleParser.ParseFile(xml));
    }
}
