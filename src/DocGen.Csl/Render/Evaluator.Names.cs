using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using DocGen.Csl.Data;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

internal sealed partial class Evaluator
{
    [MethodImpl(Jit.Optimized)]
    private Node? RenderNames(NamesElement element)
    {
        if (_ctx.SubstituteParent is { } parent && element.Name is null && element.EtAl is null && element.Label is null)
        {
            element = element with { Name = parent.Name, EtAl = parent.EtAl, EtAlTerm = parent.EtAlTerm, Label = parent.Label, LabelBeforeName = parent.LabelBeforeName };
        }

        var options = new NameOptions(_ctx, element.Name);
        var lists = new List<(string Variable, IReadOnlyList<CslName> Names)>();
        foreach (var variable in element.Variables)
        {
            var names = _ctx.Suppressed.Contains(variable) ? null : _ctx.Item.GetNames(variable);
            if (names is not null)
            {
                lists.Add((variable, names));
            }
        }

        // An editor who is also the translator is named once, with the combined term.
        var editor = lists.FindIndex(l => l.Variable == "editor");
        var translator = lists.FindIndex(l => l.Variable == "translator");
        if (editor >= 0 && translator >= 0 && lists[editor].Names.SequenceEqual(lists[translator].Names) && _ctx.Locale.Text("editortranslator").Length > 0)
        {
            lists[editor] = ("editortranslator", lists[editor].Names);
            lists.RemoveAt(translator);
        }

        Called(lists.Count > 0);
        if (_ctx.SubstituteParent is null && !_ctx.AuthorSeen)
        {
            _ctx.AuthorSeen = true;
            _ctx.AuthorOpen = true;
            if (lists.Count > 0)
            {
                var names = RenderNameLists(element, options, lists);
                return _ctx.SuppressAuthor ? null : names;
            }

            // A substitute that names people makes them the author; one that prints other text is the author whole.
            var author = Substitute(element);
            if (_ctx.AuthorOpen)
            {
                _ctx.AuthorOpen = false;
                _ctx.AuthorNode = author;
                if (author is not null && _ctx.AuthorReplacement is { } replacement)
                {
                    return replacement.Length == 0 ? null : new TextNode(replacement);
                }
            }

            return _ctx.SuppressAuthor ? null : author;
        }

        if (lists.Count > 0 && _ctx.SubstituteParent is not null)
        {
            // Names that stand in for others are used up at once: later elements do not print them again.
            foreach (var (variable, _) in lists)
            {
                _ctx.Suppressed.Add(variable == "editortranslator" ? "editor" : variable);
            }

            if (lists.Exists(l => l.Variable == "editortranslator"))
            {
                _ctx.Suppressed.Add("translator");
            }
        }

        return lists.Count == 0 ? Substitute(element) : RenderNameLists(element, options, lists);
    }

    /// <summary>Renders name lists with their labels. The cite's first ones are its author: their names (without
    /// labels) are what subsequent-author-substitute compares and replaces.</summary>
    [MethodImpl(Jit.Optimized)]
    private Node? RenderNameLists(NamesElement element, NameOptions options, List<(string Variable, IReadOnlyList<CslName> Names)> lists)
    {
        var isAuthor = _ctx.AuthorOpen;
        _ctx.AuthorOpen = false;
        if (options.Form == "count")
        {
            var count = lists.Sum(l => Truncated(l.Names, options).Count);
            return count == 0 ? null : Format(element.Formatting, new List<Node> { new TextNode(count.ToString(CultureInfo.InvariantCulture)) });
        }

        var rendered = new List<Node>();
        var authorLists = new List<Node>();
        foreach (var (variable, names) in lists)
        {
            var parts = new List<Node>();
            Node? list = NameList(names, options, element);
            if (list is null)
            {
                continue;
            }

            if (isAuthor)
            {
                authorLists.Add(list);
                if (_ctx.AuthorReplacement is { } replacement)
                {
                    list = authorLists.Count > 1 || replacement.Length == 0 ? null : new TextNode(replacement);
                }
            }

            Node? label = null;
            if (element.Label is { } labelElement && !_ctx.InSortKey)
            {
                var plural = labelElement.Plural switch { "always" => true, "never" => false, _ => names.Count > 1 };
                var term = _ctx.Locale.Text(variable, labelElement.Form, plural);
                if (term.Length > 0)
                {
                    label = Format(labelElement.Formatting, new List<Node> { new TextNode(term) }, term: true);
                }
            }

            if (label is not null && element.LabelBeforeName)
            {
                parts.Add(label);
            }

            if (list is not null)
            {
                parts.Add(list);
            }

            if (label is not null && !element.LabelBeforeName)
            {
                parts.Add(label);
            }

            rendered.Add(new FormatNode(Formatting.None, parts));
        }

        if (isAuthor)
        {
            _ctx.AuthorNode = authorLists.Count == 0 ? null : new FormatNode(Formatting.None, authorLists, "; ");
        }

        if (rendered.Count == 0)
        {
            return null;
        }

        var delimiter = element.Delimiter ?? Option("names-delimiter");
        return Format(element.Formatting, rendered, delimiter);
    }

    [MethodImpl(Jit.Optimized)]
    private string? Option(string name) =>
        _ctx.Section.Options.TryGetValue(name, out var value) ? value : _ctx.Style.Options.TryGetValue(name, out var styleValue) ? styleValue : null;

    [MethodImpl(Jit.Optimized)]
    private Node? Substitute(NamesElement element)
    {
        if (element.Substitute is null)
        {
            return null;
        }

        var saved = _ctx.SubstituteParent;
        _ctx.SubstituteParent = element;
        try
        {
            foreach (var candidate in element.Substitute)
            {
                var (called, rendered) = (_ctx.VariablesCalled, _ctx.VariablesRendered);
                var node = Render(candidate);

                // A term or a value ends the substitution, printed or empty.
                var callsNoVariable = candidate is TextElement { Term: not null } or TextElement { Value: not null };
                if (node is not null)
                {
                    foreach (var variable in UsedVariables(candidate))
                    {
                        _ctx.Suppressed.Add(variable);
                    }

                    return Format(element.Formatting, new List<Node> { node });
                }

                (_ctx.VariablesCalled, _ctx.VariablesRendered) = (called, rendered);
                if (callsNoVariable)
                {
                    return null;
                }
            }
        }
        finally
        {
            _ctx.SubstituteParent = saved;
        }

        return null;
    }

    /// <summary>The variables a substituting element rendered (names, or a text or date variable; a macro's as far as it names them).</summary>
    private IEnumerable<string> UsedVariables(Element element)
    {
        switch (element)
        {
            case NamesElement names:
                foreach (var v in names.Variables)
                {
                    if (_ctx.Item.GetNames(v) is not null)
                    {
                        yield return v;
                    }
                }

                break;
            case TextElement { Variable: { } variable }:
                yield return variable;
                break;
            case DateElement date:
                yield return date.Variable;
                break;
            case NumberElement number:
                yield return number.Variable;
                break;
            case TextElement { Macro: { } macro } when _ctx.Style.Macros.TryGetValue(macro, out var body) && _ctx.Depth < MaxDepth:
                _ctx.Depth++;
                foreach (var child in body)
                {
                    foreach (var v in UsedVariables(child))
                    {
                        yield return v;
                    }
                }

                _ctx.Depth--;
                break;
            case GroupElement group:
                foreach (var child in group.Children)
                {
                    foreach (var v in UsedVariables(child))
                    {
                        yield return v;
                    }
                }

                break;
            case ChooseElement choose:
                foreach (var branch in choose.Branches)
                {
                    if (Conditions.Holds(branch, _ctx))
                    {
                        foreach (var child in branch.Children)
                        {
                            foreach (var v in UsedVariables(child))
                            {
                                yield return v;
                            }
                        }

                        break;
                    }
                }

                break;
        }
    }

    [MethodImpl(Jit.Optimized)]
    private IReadOnlyList<CslName> Truncated(IReadOnlyList<CslName> names, NameOptions options)
    {
        if (options.EtAlMin > 0 && names.Count >= options.EtAlMin && options.HasEtAlUseFirst && options.EtAlUseFirst < names.Count)
        {
            var shown = _ctx.InCitation ? Math.Max(options.EtAlUseFirst, _ctx.Disambiguation.NamesShown) : options.EtAlUseFirst;
            return shown >= names.Count ? names : names.Take(shown).ToList();
        }

        return names;
    }

    [MethodImpl(Jit.Optimized)]
    private Node? NameList(IReadOnlyList<CslName> names, NameOptions options, NamesElement element)
    {
        var shown = Truncated(names, options);
        if (shown.Count == 0)
        {
            // et-al-use-first="0": the list shows no one.
            return null;
        }

        var etAl = shown.Count < names.Count;
        var nameFormatting = element.Name?.Formatting ?? Formatting.None;
        // A sort key orders by the names alone: no "and" between them.
        var and = _ctx.InSortKey ? null : options.And switch
        {
            "text" => _ctx.Locale.Text("and"),
            "symbol" => "&",
            _ => null,
        };

        var allLiteral = shown.All(name => name.IsLiteral);
        var children = new List<Node>();
        for (var i = 0; i < shown.Count; i++)
        {
            var inverted = options.NameAsSortOrder == "all" || (options.NameAsSortOrder == "first" && i == 0);
            if (i > 0)
            {
                var previousInverted = !shown[i - 1].IsLiteral && (options.NameAsSortOrder == "all" || (options.NameAsSortOrder == "first" && i == 1));
                if (i == shown.Count - 1 && !etAl && and is not null)
                {
                    // citeproc-js joins a list of literal (institutional) names as "A and B", "A, B, and C" whatever the option.
                    var delimiterFirst = allLiteral ? shown.Count >= 3 : options.DelimiterPrecedesLast switch
                    {
                        // citeproc-js joins two names of which the first is a literal (an institution) by "and" alone.
                        "always" => shown.Count > 2 || !shown[0].IsLiteral,
                        "never" => false,
                        "after-inverted-name" => previousInverted,
                        _ => shown.Count >= 3,
                    };
                    children.Add(new TextNode((delimiterFirst ? options.Delimiter : " ") + and + " "));
                }
                else
                {
                    children.Add(new TextNode(options.Delimiter));
                }
            }

            children.Add(NameFormatter.Render(shown[i], options, element.Name, inverted, _ctx));
        }

        if (etAl)
        {
            if (options.EtAlUseLast && names.Count > shown.Count + 1)
            {
                children.Add(new TextNode(options.Delimiter + "\u2026 "));
                children.Add(NameFormatter.Render(names[names.Count - 1], options, element.Name, options.NameAsSortOrder == "all", _ctx));
            }
            else if (!_ctx.InSortKey)
            {
                // A sort key orders by the names it keeps, without "et al.".
                var term = _ctx.Locale.Text(element.EtAlTerm);
                if (term.Length > 0)
                {
                    var lastInverted = !shown[shown.Count - 1].IsLiteral && (options.NameAsSortOrder == "all" || (options.NameAsSortOrder == "first" && shown.Count == 1));
                    var delimiterFirst = options.DelimiterPrecedesEtAl switch
                    {
                        "always" => true,
                        "never" => false,
                        "after-inverted-name" => lastInverted,
                        _ => shown.Count >= 2,
                    };
                    children.Add(new TextNode(delimiterFirst ? options.Delimiter : " "));
                    children.Add(Format(element.EtAl ?? Formatting.None, new List<Node> { new TextNode(term) }, term: true));
                }
            }
        }

        return Format(nameFormatting, children);
    }
}
