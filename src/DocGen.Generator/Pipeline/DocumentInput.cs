namespace DocGen.Generator.Pipeline;

/// <summary>
/// One archive file's path, text, member-name override and resource name (when the build embeds it and the text is
/// UTF-8): the first value-equal model of the pipeline.
/// </summary>
public sealed record DocumentInput(string Path, string Text, string? MemberNameOverride, int MaxLength, string? ResourceName)
{
    /// <summary>The folders under the archive folder the file is in, outermost first: its collections.</summary>
    public Core.Model.EquatableArray<string> Folders { get; init; } = Core.Model.EquatableArray<string>.Empty;
}
