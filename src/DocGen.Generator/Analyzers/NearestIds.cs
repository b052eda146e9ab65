using System;
using System.Collections.Generic;
using System.Linq;

namespace DocGen.Generator.Analyzers;

/// <summary>Suggests the ids closest to a mistyped one (edit distance), for the "did you mean" part of a message.</summary>
public static class NearestIds
{
    public const int MaxSuggestions = 3;

    public static string Suggestion(string id, IReadOnlyList<string> ids)
    {
        var limit = Math.Max(2, id.Length / 3);
        var nearest = ids
            .Select(candidate => (candidate, distance: Distance(id, candidate, limit)))
            .Where(x => x.distance <= limit)
            .OrderBy(x => x.distance)
            .ThenBy(x => x.candidate, StringComparer.Ordinal)
            .Take(MaxSuggestions)
            .Select(x => "'" + x.candidate + "'")
            .ToList();
        return nearest.Count == 0 ? "; check the id in the document's URL" : "; did you mean " + string.Join(" or ", nearest) + "?";
    }

    /// <summary>Levenshtein distance, giving up (returning limit + 1) once it must exceed <paramref name="limit"/>.</summary>
    public static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
