using System.Collections.Generic;
using System.Linq;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>Joins a citation's cites, collapsing them as cs:citation's collapse attribute asks: citation-number
/// ranges, or cites of one author grouped with the years (and year-suffixes) after the first.</summary>
internal static class Collapser
{
    /// <summary>Whether the section's collapse groups cites by author and year (the only use of their author and year keys).</summary>
    public static bool GroupsByYear(Section section) =>
        section.Options.TryGetValue("collapse", out var collapse) && collapse is "year" or "year-suffix" or "year-suffix-ranged";

    public static List<Node> Join(List<RenderedCite> cites, Section section)
    {
        var delimiter = section.Delimiter ?? string.Empty;
        var options = section.Options;
        var collapse = options.TryGetValue("collapse", out var c) ? c : null;
        var afterCollapse = options.TryGetValue("after-collapse-delimiter", out var a) ? a : delimiter;
        var result = new List<Node>();
        if (collapse == "citation-number")
        {
            NumberRanges(cites, delimiter, afterCollapse, result);
            return result;
        }

        if (!GroupsByYear(section))
        {
            for (var i = 0; i < cites.Count; i++)
            {
                AddWithDelimiter(result, cites[i], cites[i].Full, delimiter);
            }

            return result;
        }

        var groupDelimiter = options.TryGetValue("cite-group-delimiter", out var g) ? g : ", ";
        var suffixDelimiter = options.TryGetValue("year-suffix-delimiter", out var y) ? y : g ?? delimiter;
        if (section.Sort.Count > 0)
        {
            // A sorted citation brings each author's cites together, in the order the authors first appear.
            var firstPlace = new Dictionary<string, int>();
            for (var i = 0; i < cites.Count; i++)
            {
                if (cites[i].AuthorKey is { } key && !firstPlace.ContainsKey(key))
                {
                    firstPlace[key] = i;
                }
            }

            cites = cites.Select((x, i) => (x, i)).OrderBy(p => p.x.AuthorKey is { } key ? firstPlace[key] : p.i).ThenBy(p => p.i).Select(p => p.x).ToList();
        }

        var nextDelimiter = delimiter;
        for (var start = 0; start < cites.Count;)
        {
            // A group is a run of adjacent cites by the same author.
            var cite = cites[start];
            var end = start + 1;
            while (cite.AuthorKey is not null && end < cites.Count && cites[end].AuthorKey == cite.AuthorKey)
            {
                end++;
            }

            var group = cites.GetRange(start, end - start);
            start = end;
            AddWithDelimiter(result, cite, cite.Full, nextDelimiter);
            var collapsed = group.Count > 1;
            var afterSuffixes = false;
            for (var i = 1; i < group.Count; i++)
            {
                var previous = group[i - 1];
                var current = group[i];
                var between = previous.HasOwnParts || afterSuffixes ? afterCollapse : groupDelimiter;
                afterSuffixes = false;
                if (collapse != "year" && current.YearSuffix is { } suffix && current.YearKey == previous.YearKey && previous.YearSuffix is not null && !previous.HasOwnParts && !current.HasOwnParts)
                {
                    var run = 1;
                    while (i + run < group.Count && group[i + run].YearKey == current.YearKey && group[i + run].YearSuffix is not null
                        && !group[i + run].HasOwnParts && IsNextLetter(group[i + run - 1].YearSuffix!, group[i + run].YearSuffix!))
                    {
                        run++;
                    }

                    var ranged = collapse == "year-suffix-ranged" && run >= 2 && IsNextLetter(previous.YearSuffix!, suffix);
                    afterSuffixes = true;
                    if (ranged)
                    {
                        result.Add(new TextNode("\u2013" + group[i + run - 1].YearSuffix));
                        i += run - 1;
                        continue;
                    }

                    result.Add(new TextNode(suffixDelimiter + suffix));
                    continue;
                }

                AddWithDelimiter(result, current, current.WithoutAuthor ?? current.Full, between);
            }

            nextDelimiter = collapsed ? afterCollapse : delimiter;
        }

        return result;
    }

    private static bool IsNextLetter(string a, string b) => a.Length == 1 && b.Length == 1 && b[0] == a[0] + 1;

    private static void NumberRanges(List<RenderedCite> cites, string delimiter, string afterCollapse, List<Node> result)
    {
        var nextDelimiter = delimiter;
        for (var i = 0; i < cites.Count; i++)
        {
            var run = 1;
            while (i + run < cites.Count && !cites[i + run - 1].HasOwnParts && !cites[i + run].HasOwnParts
                && cites[i + run].CitationNumber == cites[i + run - 1].CitationNumber + 1 && cites[i].CitationNumber > 0)
            {
                run++;
            }

            if (run >= 3)
            {
                AddWithDelimiter(result, cites[i], cites[i].Full, nextDelimiter);
                result.Add(new TextNode("\u2013"));
                result.Add(cites[i + run - 1].Full);
                i += run - 1;
                nextDelimiter = afterCollapse;
                continue;
            }

            AddWithDelimiter(result, cites[i], cites[i].Full, nextDelimiter);
            nextDelimiter = delimiter;
        }
    }

    private static void AddWithDelimiter(List<Node> result, RenderedCite cite, Node node, string delimiter)
    {
        // A cite whose prefix starts with punctuation brings its own delimiter.
        if (result.Count > 0 && delimiter.Length > 0 && !cite.PrefixPunctuated)
        {
            result.Add(new TextNode(delimiter) { IsDelimiter = true });
        }

        result.Add(node);
    }
}
