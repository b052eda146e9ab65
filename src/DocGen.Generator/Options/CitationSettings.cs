using System;
using DocGen.Core.Formatting;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>
/// The MSBuild property <c>DocGenCitationStyle</c>: the style of each document's <c>FormattedCitation</c> constant.
/// Values (any case): ChicagoNotesBibliography (the default), ChicagoAuthorDate, Apa, Mla, or a CSL style added as an
/// AdditionalFile (Styles/ConstantStyle.cs resolves that name once the files are read; a name that is neither is DG0027).
/// </summary>
public static class CitationSettings
{
    public const string Key = "build_property.DocGenCitationStyle";

    public static (CitationStyle Style, string? Other) Read(AnalyzerConfigOptions global)
    {
        if (!global.TryGetValue(Key, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return (CitationStyle.ChicagoNotesBibliography, null);
        }

        var value = text.Trim();
        return Parse(value) is { } style ? (style, null) : (CitationStyle.ChicagoNotesBibliography, value);
    }

    /// <summary>
    /// The style a name means (an enum member's name, any case), or null: the one rule for the MSBuild property and
    /// `docgen export --style`.
    /// </summary>
    public static CitationStyle? Parse(string name)
    {
        foreach (CitationStyle style in Enum.GetValues(typeof(CitationStyle)))
        {
            if (string.Equals(style.ToString(), name, StringComparison.OrdinalIgnoreCase))
            {
                return style;
            }
        }

        return null;
    }
}
