namespace DocGen.Core.Formats.Tei.Authorities;

/// <summary>
/// A document that names a person of its volume's persons list through <c>persName/@corresp</c>, other than as its
/// sender or recipient (<c>@type</c> "from" or "to"): the document div's xml:id and the person's id. One per pair.
/// </summary>
public sealed record AuthorityMention(string DocumentXmlId, string PersonId);
