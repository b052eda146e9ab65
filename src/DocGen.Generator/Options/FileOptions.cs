using System;
using DocGen.Core.Formats;
using Microsoft.CodeAnalysis.Diagnostics;

namespace DocGen.Generator.Options;

/// <summary>
/// Per-file options from AdditionalFiles item metadata. Only flags and names travel this way: MSBuild metadata is
/// cut at ';' and loses newlines, so no document content ever does.
/// </summary>
public sealed record FileOptions(bool? Include, string? MemberName, string? ResourceName)
{
    /// <summary>The file's collections as the project names them ("Korea/Seoul"), instead of its folders; null when not set.</summary>
    public string? Collection { get; init; }

    public const string CollectionKey = "build_metadata.AdditionalFiles.DocGenCollection";

    public const string IncludeKey = "build_metadata.AdditionalFiles.DocGenInclude";
    public const string MemberNameKey = "build_metadata.AdditionalFiles.DocGenMemberName";

    /// <summary>Set by DocGen's build targets: the name under which the file is embedded in the assembly.</summary>
    public const string ResourceKey = "build_metadata.AdditionalFiles.DocGenResource";

    public static FileOptions From(AnalyzerConfigOptions options)
    {
        bool? include = null;
        if (options.TryGetValue(IncludeKey, out var flag) && !string.IsNullOrWhiteSpace(flag))
        {
            include = !string.Equals(flag.Trim(), "false", StringComparison.OrdinalIgnoreCase);
        }

        options.TryGetValue(MemberNameKey, out var member);
        options.TryGetValue(ResourceKey, out var resource);
        options.TryGetValue(CollectionKey, out var collection);
        return new FileOptions(include, string.IsNullOrWhiteSpace(member) ? null : member!.Trim(), string.IsNullOrEmpty(resource) ? null : resource)
        {
            Collection = string.IsNullOrWhiteSpace(collection) ? null : collection!.Trim(),
        };
    }

    /// <summary>An additional file with a format's extension counts unless excluded; any other file counts only when included.</summary>
    public bool Counts(string path, DocumentReaders readers) =>
        Include ?? (readers.HasExtensionOf(path) && !Styles.CslFiles.Is(path));
}
