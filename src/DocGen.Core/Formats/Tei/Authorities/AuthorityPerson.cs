using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Core.Formats.Tei.Authorities;

/// <summary>
/// One entry of a volume's persons list (<c>list[@type='names']</c>): the <c>persName</c>'s xml:id and text, the rest
/// of the item as its description, and the ids its <c>see</c> cross-references name (other spellings of the person).
/// </summary>
public sealed record AuthorityPerson(string Id, string Name, string Description, EquatableArray<string> SeeAlso, SourceSpan Span);
