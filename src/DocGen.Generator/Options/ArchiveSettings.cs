using System.Globalization;
using DocGen.Core.Formats.Markdown;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>
/// Project-wide settings the generator and the analyzers share, read the same way so they always agree: the file-size
/// limit, and the project's folder (to write a file's path in a message the way the project file would).
/// </summary>
public sealed record ArchiveSettings(int MaxLength, string? ProjectDirectory = null)
{
    public const string MaxFileSizeKey = "build_property.DocGenMaxFileSize";
    public const string ProjectDirectoryKey = "build_property.MSBuildProjectDirectory";

    /// <summary>
    /// The largest limit: nine digits, all the build targets read (DocGen.targets decides what is embedded by the same
    /// limit, so the two must agree on which values count; BuildFileRulesTests checks the targets' pattern).
    /// </summary>
    public const int LargestMaxLength = 999_999_999;

    public static ArchiveSettings From(AnalyzerConfigOptions global)
    {
        global.TryGetValue(ProjectDirectoryKey, out var folder);
        return new ArchiveSettings(ReadMaxLength(global, out _), string.IsNullOrWhiteSpace(folder) ? null : folder!.Trim());
    }

    /// <summary>The limit, or the default with <paramref name="invalid"/> set to a value that is not a positive number.</summary>
    public static int ReadMaxLength(AnalyzerConfigOptions global, out string? invalid)
    {
        invalid = null;
        if (!global.TryGetValue(MaxFileSizeKey, out var text) || string.IsNullOrWhiteSpace(text))
        {
            return ArchiveDocumentParser.DefaultMaxLength;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0 && value <= LargestMaxLength)
        {
            return value;
        }

        invalid = text.Trim();
        return ArchiveDocumentParser.DefaultMaxLength;
    }
}
