using DocGen.Core.Model;

namespace DocGen.Generator.Authorities;

/// <summary>A document's senders' and recipients' persons-list ids (the TEI reader's @corresp), with its file and id: all the people index needs of a parsed document.</summary>
public sealed record PersonLinks(string Path, string DocumentId, EquatableArray<string> AuthorIds, EquatableArray<string> RecipientIds)
{
    /// <summary>The links of a parsed document, or null when it names no listed sender or recipient.</summary>
    public static PersonLinks? Of(Pipeline.ParsedInput input)
    {
        var document = input.Document;
        return HasAny(document.AuthorIds) || HasAny(document.RecipientIds)
            ? new PersonLinks(document.Path, document.Id, document.AuthorIds, document.RecipientIds)
            : null;
    }

    private static bool HasAny(EquatableArray<string> ids)
    {
        foreach (var id in ids)
        {
            if (id.Length > 0)
            {
                return true;
            }
        }

        return false;
    }
}
