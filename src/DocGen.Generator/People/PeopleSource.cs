using DocGen.Core.Model;
using DocGen.Generator.Authorities;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.People;

/// <summary>What the catalog's <c>People</c> class is generated from: each person of the authority files with its member name and documents; with the index's diagnostics (DG0058, DG0067).</summary>
public sealed record PeopleSource(string Namespace, string CatalogName, string Catalog, EquatableArray<PeopleMember> Members, EquatableArray<DiagnosticInfo> Diagnostics)
{
    public string HintName => CatalogName.TrimStart('@') + ".People.g.cs";
}

/// <summary>One person as generated: member name, id, name, aliases, Wikidata id, FRUS entries, and documents by id in date order.</summary>
public sealed record PeopleMember(string Member, string Id, string Name, EquatableArray<string> Aliases, string? Wikidata, EquatableArray<string> FrusEntries, PersonDocuments Documents);
