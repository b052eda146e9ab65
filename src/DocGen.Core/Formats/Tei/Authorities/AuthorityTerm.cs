using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei.Authorities;

/// <summary>
/// One entry of a volume's terms list (<c>list[@type='terms']</c>): the <c>term</c>'s xml:id, the abbreviation it
/// holds, the rest of the item as its expansion, and the ids its <c>see</c> glosses name.
/// </summary>
public sealed record AuthorityTerm(string Id, string Abbreviation, string Expansion, EquatableArray<string> SeeAlso, SourceSpan Span);
