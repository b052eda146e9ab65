using DocGen.Core.Model;
using DocGen.Core.Problems;

namespace DocGen.Core.Formats.Tei;

/// <summary>What reading one volume file gave: its header, its documents in file order, and the problems that belong to no one document.</summary>
public sealed record TeiVolumeReading(PublishedVolume Volume, EquatableArray<TeiDocument> Documents, EquatableArray<ParseProblem> Problems);
