using DocGen.Core.Model;

namespace DocGen.Generator.People;

/// <summary>
/// The names a document without a published volume (a Wilson Center record) gives its authors and recipients, as
/// its title writes them: what the people index matches against the authority file's names. A FRUS document joins
/// through its persons list's ids instead, never its names.
/// </summary>
public sealed record NamedPeople(string DocumentId, EquatableArray<string> Authors, EquatableArray<string> Recipients)
{
    /// <summary>The names of a parsed document, or null for a volume's document or one that names nobody.</summary>
    public static NamedPeople? Of(Pipeline.ParsedInput input)
    {
        var document = input.Document;
        return document.IsUsable && document.Volume is null && (!document.Authors.IsEmpty || !document.Recipients.IsEmpty)
            ? new NamedPeople(document.Id, document.Authors, document.Recipients)
            : null;
    }
}
