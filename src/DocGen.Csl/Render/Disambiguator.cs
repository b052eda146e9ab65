using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Csl.Data;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>
/// Makes cites of different items render differently (CSL 1.0.2 "Disambiguation"), trying in order: more names,
/// expanded given names, the disambiguate condition, a year-suffix. Ambiguity is judged on each item's cite in its first
/// and its subsequent form, without locator.
/// </summary>
internal sealed class Disambiguator
{
    private readonly CslStyle _style;
    private readonly Func<CslItem, ItemDisambiguation, string[]> _render;
    private readonly Dictionary<string, ItemDisambiguation> _state = new(StringComparer.Ordinal);
    private readonly IReadOnlyList<CslItem> _items;

    private Disambiguator(CslStyle style, IReadOnlyList<CslItem> items, Func<CslItem, ItemDisambiguation, string[]> render)
    {
        _style = style;
        _items = items;
        _render = render;
        foreach (var item in items)
        {
            _state[item.Id] = ItemDisambiguation.None;
        }
    }

    /// <param name="items">The registered items, in the order year-suffixes are given (bibliography order).</param>
    /// <param name="render">Renders an item's cite as plain text under a disambiguation state.</param>
    public static Dictionary<string, ItemDisambiguation> Run(CslStyle style, IReadOnlyList<CslItem> items,
        Func<CslItem, ItemDisambiguation, string[]> render)
    {
        var run = new Disambiguator(style, items, render);
        run.Resolve();
        return run._state;
    }

    private string Option(string name) => _style.Citation.Options.TryGetValue(name, out var value) ? value : string.Empty;

    private void Resolve()
    {
        var rule = Option("givenname-disambiguation-rule");
        rule = rule.Length == 0 ? "by-cite" : rule;
        var addGiven = Option("disambiguate-add-givenname") == "true";
        if (addGiven && rule != "by-cite")
        {
            GlobalGivenNames(rule);
        }

        if (Option("disambiguate-add-names") == "true")
        {
            foreach (var group in Groups())
            {
                AddNames(group, addGiven && rule == "by-cite");
            }
        }

        if (addGiven && rule == "by-cite")
        {
            foreach (var group in Groups())
            {
                ExpandGivenNames(group);
            }
        }

        foreach (var group in Groups())
        {
            foreach (var item in group)
            {
                _state[item.Id] = _state[item.Id] with { Condition = true };
            }
        }

        if (Option("disambiguate-add-year-suffix") == "true")
        {
            foreach (var group in Groups())
            {
                var letter = 0;
                foreach (var item in group)
                {
                    _state[item.Id] = _state[item.Id] with { YearSuffix = Suffix(letter++) };
                }
            }
        }
    }

    /// <summary>Items whose cites render alike in some form (first or subsequent), in registration order.</summary>
    private List<List<CslItem>> Groups() => Components(_items).Where(l => l.Count > 1).ToList();

    /// <summary>How many sets of items the group's cites fall into (items alike in a form are one set).</summary>
    private int Distinct(List<CslItem> group) => Components(group).Count;

    /// <summary>Joins items whose renderings agree in any form; one pass per form, with a table of texts seen.</summary>
    private List<List<CslItem>> Components(IReadOnlyList<CslItem> items)
    {
        var parent = new int[items.Count];
        for (var i = 0; i < parent.Length; i++)
        {
            parent[i] = i;
        }

        int Root(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }

            return i;
        }

        var texts = items.Select(i => _render(i, _state[i.Id])).ToList();
        var forms = texts.Count == 0 ? 0 : texts[0].Length;
        for (var form = 0; form < forms; form++)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < items.Count; i++)
            {
                if (seen.TryGetValue(texts[i][form], out var other))
                {
                    parent[Root(i)] = Root(other);
                }
                else
                {
                    seen[texts[i][form]] = i;
                }
            }
        }

        var byRoot = new Dictionary<int, List<CslItem>>();
        var order = new List<int>();
        for (var i = 0; i < items.Count; i++)
        {
            var root = Root(i);
            if (!byRoot.TryGetValue(root, out var list))
            {
                byRoot[root] = list = new List<CslItem>();
                order.Add(root);
            }

            list.Add(items[i]);
        }

        return order.Select(r => byRoot[r]).ToList();
    }

    /// <summary>
    /// Shows more names, one at a time, for the cites of an ambiguous group (with by-cite given-name expansion of the
    /// names that share a family name, when the style asks for it too); each cite keeps the first state that sets it
    /// apart. A cite that no state sets apart keeps the last state that set more cites of the group apart.
    /// </summary>
    private void AddNames(List<CslItem> group, bool withGivenNames)
    {
        var max = group.Max(i => i.Names.Values.Select(n => n.Count).DefaultIfEmpty(0).Max());
        var start = group.ToDictionary(i => i.Id, i => _state[i.Id]);
        var pending = new List<CslItem>(group);
        var levels = withGivenNames ? new[] { 0, 1, 2 } : new[] { 0 };
        var best = new Dictionary<string, ItemDisambiguation>(start);
        var bestDistinct = Distinct(group);
        for (var shown = 1; shown <= max && pending.Count > 0; shown++)
        {
            foreach (var level in levels)
            {
                foreach (var item in pending)
                {
                    _state[item.Id] = Expanded(start[item.Id], item, group, shown, level);
                }

                var sets = Components(group);
                var distinct = sets.Count;
                if (distinct > bestDistinct)
                {
                    // Progress: what is still ambiguous keeps this state unless a later one does better.
                    bestDistinct = distinct;
                    foreach (var item in pending)
                    {
                        best[item.Id] = _state[item.Id];
                    }
                }

                var alone = new HashSet<CslItem>(sets.Where(set => set.Count == 1).Select(set => set[0]));
                pending.RemoveAll(alone.Contains);
                if (pending.Count == 0)
                {
                    break;
                }
            }
        }

        foreach (var item in pending)
        {
            _state[item.Id] = best[item.Id];
        }
    }

    private static ItemDisambiguation Expanded(ItemDisambiguation state, CslItem item, List<CslItem> group, int shown, int level)
    {
        if (level == 0)
        {
            return state with { NamesShown = shown };
        }

        var levels = state.GivenLevels.ToDictionary(p => p.Key, p => p.Value);
        foreach (var name in item.Names.Values.SelectMany(n => n))
        {
            if (SharesFamily(name, group, item))
            {
                levels[name] = Math.Max(level, levels.TryGetValue(name, out var l) ? l : 0);
            }
        }

        return state with { NamesShown = shown, GivenLevels = levels };
    }

    /// <summary>by-cite: expand the given names of an ambiguous group, initials first, as far as it helps.</summary>
    private void ExpandGivenNames(List<CslItem> group)
    {
        var best = Distinct(group);
        foreach (var level in new[] { 1, 2 })
        {
            var saved = group.Select(i => _state[i.Id]).ToList();
            foreach (var item in group)
            {
                var levels = _state[item.Id].GivenLevels.ToDictionary(p => p.Key, p => p.Value);
                foreach (var name in item.Names.Values.SelectMany(n => n))
                {
                    if (SharesFamily(name, group, item))
                    {
                        levels[name] = Math.Max(level, levels.TryGetValue(name, out var l) ? l : 0);
                    }
                }

                _state[item.Id] = _state[item.Id] with { GivenLevels = levels };
            }

            var distinct = Distinct(group);
            if (distinct <= best)
            {
                for (var i = 0; i < group.Count; i++)
                {
                    _state[group[i].Id] = saved[i];
                }

                continue;
            }

            best = distinct;
            if (best == group.Count)
            {
                return;
            }
        }
    }

    /// <summary>Another item of the group has a different person of this family name.</summary>
    private static bool SharesFamily(CslName name, List<CslItem> group, CslItem owner)
    {
        foreach (var item in group)
        {
            if (item == owner)
            {
                continue;
            }

            foreach (var other in item.Names.Values.SelectMany(n => n))
            {
                if (SameSurname(other, name) && Given(other) != Given(name))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>all-names, all-names-with-initials, primary-name, primary-name-with-initials: every name that another
    /// person shares the family name of is expanded everywhere, to initials when they tell them apart.</summary>
    private void GlobalGivenNames(string rule)
    {
        var primaryOnly = rule.StartsWith("primary-name", StringComparison.Ordinal);
        var initialsOnly = rule.EndsWith("with-initials", StringComparison.Ordinal);
        var people = new List<CslName>();
        foreach (var item in _items)
        {
            foreach (var list in item.Names.Values)
            {
                people.AddRange(primaryOnly ? list.Take(1) : list);
            }
        }

        foreach (var item in _items)
        {
            var levels = new Dictionary<CslName, int>();
            foreach (var list in item.Names.Values)
            {
                foreach (var name in primaryOnly ? list.Take(1) : list)
                {
                    var others = people.Where(p => SameSurname(p, name) && Given(p) != Given(name)).ToList();
                    if (others.Count == 0)
                    {
                        continue;
                    }

                    var initialsDiffer = others.All(o => Initial(o.Given) != Initial(name.Given));
                    if (initialsOnly && !initialsDiffer)
                    {
                        continue;
                    }

                    levels[name] = initialsDiffer ? 1 : 2;
                }
            }

            _state[item.Id] = _state[item.Id] with { GivenLevels = levels };
        }
    }

    private static bool SameSurname(CslName a, CslName b) =>
        a.Family == b.Family && a.NonDroppingParticle == b.NonDroppingParticle && !a.IsLiteral && !b.IsLiteral;

    /// <summary>A given name without spaces and periods: "J. J." and "J.J." are one person.</summary>
    private static string Given(CslName name) => (name.Given ?? string.Empty).Replace(" ", string.Empty).Replace(".", string.Empty);

    private static char Initial(string? given) => string.IsNullOrEmpty(given) ? '\0' : given![0];

    private static string Suffix(int index)
    {
        var text = string.Empty;
        index++;
        while (index > 0)
        {
            index--;
            text = (char)('a' + (index % 26)) + text;
            index /= 26;
        }

        return text;
    }
}
