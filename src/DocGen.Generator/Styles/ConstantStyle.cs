using System;
using DocGen.Core.Formatting;
using DocGen.Csl.Style;
using DocGen.Generator.Options;

namespace DocGen.Generator.Styles;

/// <summary>
/// The style of the <c>FormattedCitation</c> constants: a built-in style, or a checked CSL file added as an
/// AdditionalFile (<see cref="File"/>), which then wins, rendered in <see cref="Locale"/>: the locale file added for the
/// style's default-locale (en-US when it names none), or none, as Cite(style, locale) renders at run time.
/// </summary>
public sealed record ConstantStyle(CitationStyle BuiltIn, CslMember? File, CslMember? Locale = null)
{
    public static readonly ConstantStyle Default = new(CitationStyle.ChicagoNotesBibliography, null);

    /// <summary>The name the generated documentation shows: the built-in style's or the file's generated name.</summary>
    public string Name => File?.Name ?? BuiltIn.ToString();
}

/// <summary>What <c>DocGenCitationStyle</c> resolves to once the CSL files are checked, and the value when it names nothing (DG0027).</summary>
public sealed record ConstantStyleChoice(ConstantStyle Style, string? Unknown)
{
    /// <summary>
    /// A built-in name first; otherwise a usable style file by its generated name ("HistoricalJournal") or its file
    /// name with or without ".csl" ("historical-journal"), any letter case. A file with problems is not usable, so
    /// naming it is DG0027 beside the file's own diagnostics.
    /// </summary>
    public static ConstantStyleChoice Resolve(GeneratorOptions options, CitationStylesPlan plan)
    {
        if (options.OtherCitationStyle is not { } name)
        {
            return new ConstantStyleChoice(new ConstantStyle(options.CitationStyle, null), null);
        }

        foreach (var member in plan.Styles)
        {
            if (Names(member, name))
            {
                return new ConstantStyleChoice(new ConstantStyle(options.CitationStyle, member, LocaleOf(member, plan)), null);
            }
        }

        return new ConstantStyleChoice(ConstantStyle.Default, name);
    }

    private static CslMember? LocaleOf(CslMember style, CitationStylesPlan plan)
    {
        var tag = CslStyle.Parse(style.Xml).DefaultLocale ?? "en-US";
        foreach (var locale in plan.Locales)
        {
            if (CslFiles.LocaleTag(locale.Path) == tag)
            {
                return locale;
            }
        }

        return null;
    }

    private static bool Names(CslMember member, string name)
    {
        var file = System.IO.Path.GetFileName(member.Path);
        return string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(file, name, StringComparison.OrdinalIgnoreCase)
            || string.Equals(System.IO.Path.GetFileNameWithoutExtension(file), name, StringComparison.OrdinalIgnoreCase);
    }
}
