using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Places;

/// <summary>
/// What one collection's <c>Places</c> class is generated from: the classes it nests in (the catalog, then the
/// collection and the collections around it), its own name, and its places with final member names; with the naming
/// diagnostics (DG0060, DG0061).
/// </summary>
public sealed record PlaceSource(
    string HintName,
    string Namespace,
    string Catalog,
    EquatableArray<string> Classes,
    string ClassName,
    EquatableArray<PlaceMember> Places,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One place as generated: its member name, its name as the datelines write it, and its documents' ids in the catalog's date order.</summary>
public sealed record PlaceMember(string Member, string Name, EquatableArray<string> Documents);
