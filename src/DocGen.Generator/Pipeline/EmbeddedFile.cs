namespace DocGen.Generator.Pipeline;

/// <summary>
/// An archive file the build embeds as the resource <paramref name="ResourceName"/>, and the text of one document in it
/// as the compiler read it (UTF-8, byte order mark removed): generated code slices the document's long strings out of
/// the resource instead of literals. <paramref name="Part"/> is 0 when the document is the whole file; otherwise the
/// document is that part of a file of many, <paramref name="Text"/> is its own range, and where the range starts is in
/// the file's table (<see cref="FileTableModel"/>), so that an edit earlier in the file leaves this value equal.
/// </summary>
public sealed record EmbeddedFile(string ResourceName, string Text, int Part);
