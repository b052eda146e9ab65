using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;

namespace DocGen.Generator.Places;

/// <summary>Every document's <see cref="PlaceLink"/>, sorted by document id (then file), so the step's value does not depend on the order the files come in.</summary>
public sealed record PlaceIndex(EquatableArray<PlaceLink> Links)
{
    public static PlaceIndex From(IEnumerable<PlaceLink?> links) =>
        new(links.Where(l => l is not null).Select(l => l!)
            .OrderBy(l => l.DocumentId, StringComparer.Ordinal).ThenBy(l => l.Path, StringComparer.Ordinal).ToEquatableArray());

    /// <summary>Each document id's link; of two documents with one id (reported elsewhere) the first file's.</summary>
    public Dictionary<string, PlaceLink> ById()
    {
        var result = new Dictionary<string, PlaceLink>(StringComparer.Ordinal);
        foreach (var link in Links)
        {
            if (!result.ContainsKey(link.DocumentId))
            {
                result.Add(link.DocumentId, link);
            }
        }

        return result;
    }
}
