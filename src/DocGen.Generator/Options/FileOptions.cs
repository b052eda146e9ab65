using System;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>
/// Per-file options from AdditionalFiles item metadata. Only flags and names travel this way: MSBuild metadata is
/// cut at ';' and loses newlines, so no document content ever does.
/// </summary>
public sealed record FileOptions(bool? Include, string? MemberName)
{
    public const string IncludeKey = "build_metadata.AdditionalFiles.DocGenInclude";
    public const string MemberNameKey = "build_metadata.AdditionalFiles.DocGenMemberName";

    public static FileOptions From(AnalyzerConfigOptions options)
    {
        bool? include = null;
        if (options.TryGetValue(IncludeKey, out var flag) && !string.IsNullOrWhiteSpace(flag))
        {
            include = !string.Equals(flag.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        }

        options.TryGetValue(MemberNameKey, out var member);
        return new FileOptions(include, string.IsNullOrWhiteSpace(member) ? null : member!.Trim());
    }

    /// <summary>Every .md additional file counts unless excluded; any other file counts only when included.</summary>
    public bool Counts(string path) =>
        Include ?? path.EndsWith(".md", StringComparison.OrdinalIgnoreCase);
}
