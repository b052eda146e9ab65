using System.Collections.Immutable;
using DocGen.Generator.Authorities;
using DocGen.Generator.Links;
using DocGen.Generator.People;
using DocGen.Generator.Places;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// What the project-wide steps read of one document (its catalog key, links and names), taken in one step per document
/// and collected once. One step rather than one per fact: each per-document step is a table of every document that the
/// driver rebuilds on every run, and each collection of it another array of every document compared on every edit.
/// </summary>
public sealed record DocumentFacts(
    DocumentKey? Key,
    PersonLinks? PersonLinks,
    NamedPeople? NamedPeople,
    PlaceLink? PlaceLink,
    OtherVolumeLinks? OtherVolumeLinks,
    VolumePages? VolumePages,
    PageCitations? PageCitations,
    CitingLinks? CitingLinks)
{
    public static DocumentFacts Of(ParsedInput input) => new(
        input.Key,
        PersonLinks.Of(input),
        NamedPeople.Of(input),
        PlaceLink.Of(input),
        OtherVolumeLinks.Of(input),
        VolumePages.Of(input),
        PageCitations.Of(input),
        CitingLinks.Of(input));

    /// <summary>The usable documents' keys, in the documents' order: what the catalog is planned from.</summary>
    public static Collected<DocumentKey> Keys(Collected<DocumentFacts> all)
    {
        var keys = ImmutableArray.CreateBuilder<DocumentKey>(all.Items.Length);
        foreach (var facts in all.Items)
        {
            if (facts.Key is { } key)
            {
                keys.Add(key);
            }
        }

        return new Collected<DocumentKey>(keys.ToImmutable());
    }
}
