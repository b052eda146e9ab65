using System;
using System.Runtime.CompilerServices;

namespace DocGen.Core.Formats.Markdown;

/// <summary>The section labels DocGen gives properties of their own; any other label lands in Fields.</summary>
internal static class SectionLabels
{
    public const string Citation = "Citation";
    public const string Summary = "Summary";
    public const string OriginalLanguage = "Original Language";
    public const string Contents = "Contents";

    private static readonly string[] All = { Citation, Summary, OriginalLanguage, Contents };

    [MethodImpl(Jit.Optimized)]
    public static string? Known(string label)
    {
        foreach (var known in All)
        {
            if (string.Equals(label, known, StringComparison.OrdinalIgnoreCase))
            {
                return known;
            }
        }

        return string.Equals(label, "Original Languages", StringComparison.OrdinalIgnoreCase) ? OriginalLanguage : null;
    }
}
