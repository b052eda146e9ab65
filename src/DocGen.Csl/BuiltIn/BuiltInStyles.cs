using System;
using System.Collections.Concurrent;
using System.IO;
using DocGen.Csl.Locale;
using DocGen.Csl.Style;

namespace DocGen.Csl.BuiltIn;

/// <summary>
/// DocGen's own CSL styles for its built-in citation styles and its own en-US locale, embedded in this assembly
/// (the official style files are not DocGen's to ship). Each is parsed once, on first use.
/// </summary>
public static class BuiltInStyles
{
    /// <summary>The styles' resource names, in the order of DocGen's CitationStyle values.</summary>
    public static readonly string[] Names = { "docgen-chicago-notes", "docgen-chicago-author-date", "docgen-apa", "docgen-mla" };

    private static readonly ConcurrentDictionary<string, CslStyle> Parsed = new(StringComparer.Ordinal);

    private static readonly Lazy<LocaleData> Locale = new(() => LocaleParser.ParseFile(Read("docgen-en-US.xml")));

    /// <summary>The style for a CitationStyle value (0 Chicago notes, 1 Chicago author-date, 2 APA, 3 MLA).</summary>
    public static CslStyle Get(int style)
    {
        if (style < 0 || style >= Names.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(style), style, "No built-in style has this number.");
        }

        return Parsed.GetOrAdd(Names[style], name => CslStyle.Parse(Read(name + ".csl")));
    }

    /// <summary>DocGen's en-US locale, the only locale the built-in styles need.</summary>
    public static LocaleData EnUs => Locale.Value;

    /// <summary>The locale loader for a processor: en-US, nothing else.</summary>
    public static LocaleData? LoadLocale(string tag) => tag == "en-US" ? Locale.Value : null;

    /// <summary>The XML text of an embedded file ("docgen-apa.csl").</summary>
    public static string Read(string file)
    {
        using var stream = typeof(BuiltInStyles).Assembly.GetManifestResourceStream("DocGen.Csl.BuiltIn." + file)
            ?? throw new InvalidOperationException("The embedded CSL file " + file + " is missing from DocGen.Csl.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
