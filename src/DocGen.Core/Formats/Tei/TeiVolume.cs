using DocGen.Core.Model;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// A FRUS volume's header: its id (the TEI root's <c>xml:id</c> or <c>idno[@type='frus']</c>), titles, editors and
/// imprint, and the coverage the header declares (<see cref="TeiDate.None"/> when it declares none, as unreviewed volumes do).
/// Empty header fields are null.
/// </summary>
public sealed record TeiVolume(
    string Id,
    string? FullTitle,
    string? Series,
    string? Subseries,
    string? VolumeNumber,
    string? VolumeTitle,
    EquatableArray<TeiEditor> Editors,
    string? Publisher,
    string? PublicationPlace,
    string? PublicationYear,
    TeiDate Coverage);

/// <summary>An editor named in the title statement, with its role ("primary", "general"), or null when it has none.</summary>
public sealed record TeiEditor(string Name, string? Role);
