using System;
using System.Collections.Generic;
using DocGen.Core.Model;
using System.Globalization;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Diagnostics;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>
/// DG0036 for each DocGen property whose value the generator cannot use: it names the property, the value, what is
/// accepted and what is used instead. The build files catch a ';' (which cuts a value before it gets here); the
/// citation style has its own id, DG0027.
/// </summary>
public static class OptionCheck
{
    /// <summary>The switches: each is true or false (any letter case), and what the build does with any other value.</summary>
    private static readonly (string Property, bool Default)[] Switches =
    {
        ("DocGenEmbedDocuments", true),
        ("DocGenDocumentMembers", true),
        ("DocGenIndexes", true),
        ("DocGenWarningsAsErrors", false),
    };

    public static EquatableArray<DiagnosticInfo> Run(AnalyzerConfigOptions global)
    {
        var problems = new List<DiagnosticInfo>();
        ArchiveSettings.ReadMaxLength(global, out var size);
        if (size is not null)
        {
            problems.Add(Problem("DocGenMaxFileSize", size, "a whole number from 1 to 999999999 written with digits (such as 16777216)",
                ArchiveDocumentParser.DefaultMaxLength.ToString(CultureInfo.InvariantCulture)));
        }

        foreach (var (property, fallback) in Switches)
        {
            if (global.TryGetValue("build_property." + property, out var text) && !string.IsNullOrWhiteSpace(text)
                && !string.Equals(text.Trim(), "true", StringComparison.OrdinalIgnoreCase)
                && !string.Equals(text.Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                problems.Add(Problem(property, text.Trim(), "true or false", fallback ? "true" : "false"));
            }
        }

        return problems.ToEquatableArray();
    }

    // An empty path: a project-wide diagnostic, printed as "CSC : warning DG0036".
    private static DiagnosticInfo Problem(string property, string value, string accepted, string used) =>
        DiagnosticInfo.Create(DiagnosticDescriptors.InvalidOption.Id, string.Empty, default, property, value, accepted, used);
}
