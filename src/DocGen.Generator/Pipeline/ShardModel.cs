using DocGen.Core.Model;
using DocGen.Generator.Styles;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The documents of one shard, one generated file (<see cref="DocumentShards"/>), in slot order, with what they all share: the
/// namespace, what the consumer's C# version allows, whether each document gets its own class, and the style of the
/// formatted-citation constants.
/// </summary>
public sealed record ShardModel(
    int Shard,
    string HintName,
    string Namespace,
    bool Nullable,
    bool Utf8Literals,
    bool DocumentMembers,
    ConstantStyle CitationStyle,
    EquatableArray<DocumentModel> Documents)
{
    /// <summary>The accessibility of the documents' classes: the catalog's (<see cref="Options.GeneratorOptions.Accessibility"/>).</summary>
    public string Accessibility { get; init; } = "public";
}
