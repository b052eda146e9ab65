using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// What one document's class is made from: its final name and its content without spans or problems, so a
/// diagnostic that moves by a line does not re-emit the source; <see cref="Embedded"/>, when set, is the resource long
/// strings are sliced from. What every document of a file shares (namespace, C# version, citation style) is on its
/// <see cref="DocumentGroup"/>.
/// </summary>
public sealed record DocumentSourceModel(string MemberName, ParsedDocument Document, EmbeddedFile? Embedded);
