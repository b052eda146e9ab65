using DocGen.Core.Model;
using DocGen.Generator.Diagnostics;

namespace DocGen.Generator.Authorities;

/// <summary>
/// What one volume's <c>Persons</c> and <c>Terms</c> classes are generated from: the classes they nest in (the
/// catalog, then the volume's collection and the collections around it), their own names, and their entries with
/// final member names; with the naming diagnostics (DG0058, DG0059).
/// </summary>
public sealed record AuthoritySource(
    string HintName,
    string Namespace,
    string Catalog,
    EquatableArray<string> Classes,
    string PersonsClass,
    string TermsClass,
    EquatableArray<AuthorityMember> Persons,
    EquatableArray<AuthorityMember> Terms,
    EquatableArray<DiagnosticInfo> Diagnostics);

/// <summary>One entry as generated: its member name, id, name (or abbreviation), description (or expansion) and see-also ids.</summary>
public sealed record AuthorityMember(string Member, string Id, string Name, string Text, EquatableArray<string> SeeAlso)
{
    /// <summary>A person's documents by id, each in the catalog's date order: sent, received, mentioned in.</summary>
    public PersonDocuments Documents { get; init; } = PersonDocuments.None;
}

/// <summary>The ids of the documents a person sent, received and is mentioned in, each in date order.</summary>
public sealed record PersonDocuments(EquatableArray<string> Sent, EquatableArray<string> Received, EquatableArray<string> MentionedIn)
{
    public static PersonDocuments None { get; } = new(EquatableArray<string>.Empty, EquatableArray<string>.Empty, EquatableArray<string>.Empty);
}
