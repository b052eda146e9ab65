using System.Collections.Generic;
using System.Linq;
using System.Xml;
using DocGen.Core.Model;
using DocGen.Core.Problems;

namespace DocGen.Core.Formats.Tei.Authorities;

/// <summary>
/// Reads a FRUS volume's persons list (<c>list[@type='names']</c>) and terms list (<c>list[@type='terms']</c>) in one
/// forward pass (XmlReader, no DTD, no resolver), linear in the file. An item is kept when it holds a
/// <c>persName</c> (or <c>term</c>) with an <c>xml:id</c> and text; a repeated id, an empty name and a <c>see</c>
/// target missing from its list are located problems. Malformed XML and a DTD end the pass quietly: the TEI reader
/// reports them for the file, and the entries read before them are kept.
/// </summary>
public static class AuthorityListReader
{
    private const string XmlNamespace = "http://www.w3.org/XML/1998/namespace";

    public static AuthorityLists Read(string text)
    {
        var locations = new XmlLocations(text);
        var items = new List<AuthorityItem>();
        var mentions = new List<AuthorityMention>();
        try
        {
            using var reader = TeiXml.Open(text);
            Walk(reader, locations, items, mentions);
        }
        catch (XmlException)
        {
            // Reported by TeiVolumeReader (DG0040, DG0041); what was read stays.
        }

        return Build(items, mentions);
    }

    private static void Walk(XmlReader reader, XmlLocations locations, List<AuthorityItem> items, List<AuthorityMention> mentions)
    {
        var lineInfo = (IXmlLineInfo)reader;
        string? document = null;
        var documentDepth = -1;
        AuthorityKind? list = null;
        var listDepth = -1;
        AuthorityItem? item = null;
        var itemDepth = -1;
        while (reader.Read())
        {
            switch (reader.NodeType)
            {
                case XmlNodeType.Element:
                    var depth = reader.Depth;
                    var empty = reader.IsEmptyElement;
                    if (document is null && !empty && IsTei(reader, "div") && reader.GetAttribute("type") == "document"
                        && reader.GetAttribute("id", XmlNamespace) is { } documentId)
                    {
                        document = documentId;
                        documentDepth = depth;
                    }
                    else if (document is not null && Mention(reader) is { } person)
                    {
                        mentions.Add(new AuthorityMention(document, person));
                    }

                    if (item is not null)
                    {
                        Inside(reader, item, locations.StartTag(lineInfo.LineNumber, lineInfo.LinePosition), depth, empty);
                    }
                    else if (list is not null && depth == listDepth + 1 && !empty && IsTei(reader, "item"))
                    {
                        item = new AuthorityItem(list.Value);
                        itemDepth = depth;
                    }
                    else if (list is null && !empty && IsTei(reader, "list") && KindOf(reader.GetAttribute("type")) is { } kind)
                    {
                        list = kind;
                        listDepth = depth;
                    }

                    break;
                case XmlNodeType.EndElement:
                    if (reader.Depth == documentDepth)
                    {
                        document = null;
                        documentDepth = -1;
                    }

                    if (item is not null && reader.Depth == itemDepth)
                    {
                        items.Add(item);
                        item = null;
                    }
                    else if (item is not null)
                    {
                        item.End(reader.Depth);
                    }
                    else if (reader.Depth == listDepth)
                    {
                        list = null;
                        listDepth = -1;
                    }

                    break;
                case XmlNodeType.Text:
                case XmlNodeType.CDATA:
                case XmlNodeType.Whitespace:
                case XmlNodeType.SignificantWhitespace:
                    item?.Text(reader.Value);
                    break;
            }
        }
    }

    private static void Inside(XmlReader reader, AuthorityItem item, Text.SourceSpan span, int depth, bool empty)
    {
        var named = item.Kind == AuthorityKind.Persons ? "persName" : "term";
        var id = reader.GetAttribute("id", XmlNamespace);
        if (item.Id is null && id is not null && IsTei(reader, named))
        {
            item.StartName(id, span, depth);
            if (empty)
            {
                item.EndName();
            }

            return;
        }

        if (Target(reader.GetAttribute("corresp") ?? reader.GetAttribute("target")) is { } target)
        {
            item.StartLink(target, span, depth);
            if (empty)
            {
                item.End(depth);
            }
        }
    }

    // A person named in a document, not as its sender or recipient (those are the document's authors and recipients).
    private static string? Mention(XmlReader reader)
    {
        if (!IsTei(reader, "persName") || reader.GetAttribute("type") is "from" or "to")
        {
            return null;
        }

        return Target(reader.GetAttribute("corresp"));
    }

    // "#p_KHA1" is p_KHA1; of several targets ("#p_A1 #p_B1") the first; a target in another file is not this volume's.
    private static string? Target(string? link)
    {
        if (link is not { Length: > 1 } || link[0] != '#')
        {
            return null;
        }

        var end = link.IndexOf(' ');
        return end < 0 ? link.Substring(1) : link.Substring(1, end - 1);
    }

    private static AuthorityLists Build(List<AuthorityItem> items, List<AuthorityMention> mentions)
    {
        var problems = new List<ParseProblem>();
        var kept = new Dictionary<string, AuthorityItem>(System.StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (item.Id is not { } id)
            {
                continue;
            }

            if (kept.TryGetValue(id, out var first))
            {
                var line = (first.Span.StartLine + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
                problems.Add(new ParseProblem(ProblemCode.DuplicateAuthorityId, item.Span, NamedElement(item.Kind), id, "line " + line));
            }
            else if (item.Name.Length == 0)
            {
                problems.Add(new ParseProblem(ProblemCode.EmptyAuthorityName, item.Span, NamedElement(item.Kind), id));
            }
            else
            {
                kept.Add(id, item);
            }
        }

        var persons = new List<AuthorityPerson>();
        var terms = new List<AuthorityTerm>();
        foreach (var item in items)
        {
            if (item.Id is not { } id || !kept.TryGetValue(id, out var entry) || !ReferenceEquals(entry, item))
            {
                continue;
            }

            var see = SeeAlso(item, kept, problems);
            if (item.Kind == AuthorityKind.Persons)
            {
                persons.Add(new AuthorityPerson(id, item.Name, item.Rest, see, item.Span));
            }
            else
            {
                terms.Add(new AuthorityTerm(id, item.Name, item.Rest, see, item.Span));
            }
        }

        problems.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var seen = new HashSet<AuthorityMention>();
        var linked = mentions.Where(m => kept.TryGetValue(m.PersonId, out var person) && person.Kind == AuthorityKind.Persons && seen.Add(m));
        return new AuthorityLists(persons.ToEquatableArray(), terms.ToEquatableArray(), problems.ToEquatableArray()) { Mentions = linked.ToEquatableArray() };
    }

    // A see target must be an entry of the same list; one that is not is reported and left out.
    private static EquatableArray<string> SeeAlso(AuthorityItem item, Dictionary<string, AuthorityItem> kept, List<ParseProblem> problems)
    {
        var see = new List<string>();
        foreach (var (target, span) in item.See)
        {
            if (kept.TryGetValue(target, out var entry) && entry.Kind == item.Kind)
            {
                see.Add(target);
            }
            else
            {
                problems.Add(new ParseProblem(ProblemCode.UnknownSeeTarget, span, target, ListName(item.Kind)));
            }
        }

        return see.ToEquatableArray();
    }

    private static AuthorityKind? KindOf(string? type) => type switch
    {
        "names" => AuthorityKind.Persons,
        "terms" => AuthorityKind.Terms,
        _ => null,
    };

    private static bool IsTei(XmlReader reader, string localName) =>
        reader.LocalName == localName && reader.NamespaceURI == TeiVolumeReader.TeiNamespace;

    private static string NamedElement(AuthorityKind kind) => kind == AuthorityKind.Persons ? "persName" : "term";

    private static string ListName(AuthorityKind kind) => kind == AuthorityKind.Persons ? "persons" : "terms";
}
