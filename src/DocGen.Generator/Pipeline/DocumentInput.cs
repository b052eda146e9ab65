namespace DocGen.Generator.Pipeline;

/// <summary>One archive file's path, text and member-name override: the first value-equal model of the pipeline.</summary>
public sealed record DocumentInput(string Path, string Text, string? MemberNameOverride, int MaxLength);
