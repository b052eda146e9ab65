using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;

namespace DocGen.Generator.Authorities;

/// <summary>
/// Every document's <see cref="PersonLinks"/>, sorted by file path (then document id), so each volume finds its own
/// by binary search: the index is built once per run, and a volume's share costs the log of the whole plus its own.
/// </summary>
public sealed record PersonLinkIndex(EquatableArray<PersonLinks> Links)
{
    public static PersonLinkIndex From(IEnumerable<PersonLinks?> links) =>
        new(links.Where(l => l is not null).Select(l => l!)
            .OrderBy(l => l.Path, StringComparer.Ordinal).ThenBy(l => l.DocumentId, StringComparer.Ordinal).ToEquatableArray());

    public IEnumerable<PersonLinks> Of(string path)
    {
        var low = 0;
        var high = Links.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (string.CompareOrdinal(Links[middle].Path, path) < 0)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        for (var i = low; i < Links.Count && Links[i].Path == path; i++)
        {
            yield return Links[i];
        }
    }
}
