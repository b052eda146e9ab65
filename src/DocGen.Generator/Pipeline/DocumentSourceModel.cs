using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// What one document's generated file is made from: its final name and namespace, and its content without spans
/// or problems, so a diagnostic that moves by a line does not re-emit the source. <see cref="Nullable"/> says whether
/// the consumer's C# version has nullable annotations; <see cref="Embedded"/>, when set, is the resource long strings
/// are sliced from.
/// </summary>
public sealed record DocumentSourceModel(string Namespace, string MemberName, bool Nullable, ParsedDocument Document, EmbeddedFile? Embedded);
