using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The documents that share one generated file. Thousands of files cost the compiler and the driver far more than a
/// few dozen larger ones, and a group is small enough that an edit re-emits little.
/// </summary>
public sealed record DocumentGroup(string HintName, string Namespace, bool Nullable, EquatableArray<DocumentSourceModel> Documents);
