namespace DocGen.Generator.Pipeline;

/// <summary>
/// An archive file the build embeds as the resource <paramref name="ResourceName"/>, with the text the compiler read
/// (UTF-8, byte order mark removed): generated code slices long strings out of the resource instead of literals.
/// </summary>
public sealed record EmbeddedFile(string ResourceName, string Text);
