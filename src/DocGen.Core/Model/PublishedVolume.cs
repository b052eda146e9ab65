using DocGen.Core.Dates;

namespace DocGen.Core.Model;

/// <summary>
/// The printed volume a document was published in (a FRUS volume), as its header states it: id, full title, series,
/// subseries ("1969–1976"), volume number ("Volume XIX, Part 1"), volume title, editors in order, imprint, and the
/// coverage it declares (unknown when it declares none). Missing texts are null.
/// </summary>
public sealed record PublishedVolume(
    string Id,
    string? FullTitle,
    string? Series,
    string? Subseries,
    string? VolumeNumber,
    string? VolumeTitle,
    EquatableArray<VolumeEditor> Editors,
    string? Publisher,
    string? PublicationPlace,
    string? PublicationYear,
    ParsedDate Coverage);

/// <summary>An editor of a volume, with the role the header gives ("primary", "general"), or null when it gives none.</summary>
public sealed record VolumeEditor(string Name, string? Role);
