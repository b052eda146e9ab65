using DocGen.Core.Formatting;
using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The documents that share one generated file, with what they all share: the namespace, whether the consumer's C#
/// version has nullable annotations, and the style of the formatted-citation constants. Thousands of files cost the
/// compiler and the driver far more than a few dozen larger ones, and a group is small enough that an edit re-emits
/// little.
/// </summary>
public sealed record DocumentGroup(string HintName, string Namespace, bool Nullable, CitationStyle CitationStyle, EquatableArray<DocumentSourceModel> Documents);
