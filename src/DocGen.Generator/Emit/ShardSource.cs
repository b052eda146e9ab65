using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Emit;

/// <summary>A generated document file and the diagnostics of the documents that could not be written into it.</summary>
public sealed record ShardSource(string Text, EquatableArray<DiagnosticInfo> Diagnostics);
