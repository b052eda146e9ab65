using System.Globalization;
using DocGen.Core.Formats.Markdown;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>Project-wide settings the generator and the analyzers share, read the same way so they always agree.</summary>
public sealed record ArchiveSettings(int MaxLength)
{
    public const string MaxFileSizeKey = "build_property.DocGenMaxFileSize";

    public static ArchiveSettings From(AnalyzerConfigOptions global)
    {
        var max = ArchiveDocumentParser.DefaultMaxLength;
        if (global.TryGetValue(MaxFileSizeKey, out var text)
            && int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            max = value;
        }

        return new ArchiveSettings(max);
    }
}
