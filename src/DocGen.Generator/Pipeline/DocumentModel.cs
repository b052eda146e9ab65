using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// What one document's record and class are made from: its final name, its slot in its shard, its content
/// without spans or problems (so a diagnostic that moves by a line does not re-emit the source), and the path of its
/// file, which only a diagnostic about it may name; <see cref="Embedded"/>, when set, is the resource long strings are
/// sliced from. What every document of a file shares is on its <see cref="ShardModel"/>.
/// </summary>
public sealed record DocumentModel(string MemberName, int Slot, string Path, ParsedDocument Document, EmbeddedFile? Embedded);
