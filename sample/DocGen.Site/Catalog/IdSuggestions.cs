using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Generator.Analyzers;

namespace DocGen.Site.Catalog;

/// <summary>
/// The ids closest to one the archive does not have, for the 404 page: fewest edits first (the edit distance the
/// generator's "did you mean" uses, compiled in from its one copy), then catalog order. Ids further than half the asked
/// id's length, at least 2, are not suggested.
/// </summary>
public static class IdSuggestions
{
    public static IReadOnlyList<string> Find(IEnumerable<string> ids, string wanted, int count = 5)
    {
        var limit = Math.Max(2, wanted.Length / 2);
        return ids
            .Select((id, order) => (Id: id, Order: order, Distance: NearestIds.Distance(wanted, id, limit)))
            .Where(candidate => candidate.Distance <= limit)
            .OrderBy(candidate => candidate.Distance)
            .ThenBy(candidate => candidate.Order)
            .Take(count)
            .Select(candidate => candidate.Id)
            .ToList();
    }
}
