using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>Evaluates rendering elements for one item to an output tree (null when nothing renders).</summary>
internal sealed partial class Evaluator
{
    private const int MaxDepth = 64;
    private readonly RenderContext _ctx;

    public Evaluator(RenderContext context) => _ctx = context;

    [MethodImpl(Jit.Optimized)]
    public FormatNode? RenderAll(IReadOnlyList<Element> elements, Formatting formatting, string? delimiter = null)
    {
        // Made on the first child: many groups render nothing.
        List<Node>? children = null;
        AddEach(elements, ref children);
        return children is null ? null : Format(formatting, children, delimiter);
    }

    /// <summary>A cs:choose stands for the elements of its chosen branch: the enclosing delimiter goes between them.</summary>
    [MethodImpl(Jit.Optimized)]
    private void AddEach(IReadOnlyList<Element> elements, ref List<Node>? children)
    {
        foreach (var element in elements)
        {
            if (element is ChooseElement choose)
            {
                if (Chosen(choose) is { } branch)
                {
                    AddEach(branch.Children, ref children);
                }
            }
            else if (Render(element) is { } node)
            {
                (children ??= new List<Node>()).Add(node);
            }
        }
    }

    [MethodImpl(Jit.Optimized)]
    public Node? Render(Element element) => element switch
    {
        TextElement text => RenderText(text),
        GroupElement group => RenderGroup(group),
        ChooseElement choose => RenderChoose(choose),
        NumberElement number => RenderNumber(number),
        LabelElement label => RenderLabel(label),
        DateElement date => RenderDate(date),
        NamesElement names => RenderNames(names),
        _ => null,
    };

    [MethodImpl(Jit.Optimized)]
    private Node? RenderText(TextElement text)
    {
        if (text.Macro is { } macro)
        {
            if (!_ctx.Style.Macros.TryGetValue(macro, out var body) || _ctx.Depth >= MaxDepth)
            {
                return null;
            }

            _ctx.Depth++;
            try
            {
                // A macro is suppressed like a group: terms alone do not render when its variables are all empty.
                return Suppressible(body, text.Formatting, null);
            }
            finally
            {
                _ctx.Depth--;
            }
        }

        if (text.Variable is { } variable)
        {
            var nodes = Variable(variable, text.Form);
            return nodes is null ? null : Format(text.Formatting, nodes);
        }

        if (text.Term is { } term)
        {
            var value = _ctx.Locale.Text(term, text.Form, text.Plural);
            if (term == "no date" && value.Length > 0 && ImplicitYearSuffix() is { } suffix)
            {
                // An undated item's year-suffix follows "n.d." after a hyphen (as citeproc-js writes it).
                value += "-" + suffix;
            }

            if (term == "no date" && value.Length > 0)
            {
                // "n.d." stands for the date: an enclosing group counts it as a variable with a value (as citeproc-js does).
                Called(nonEmpty: true);
            }

            return value.Length == 0 ? null : Format(text.Formatting, new List<Node> { new TextNode(value) { IsTerm = true } }, term: true);
        }

        return string.IsNullOrEmpty(text.Value) ? null : Format(text.Formatting, RichText.Parse(text.Value!, _ctx.Quotes));
    }

    [MethodImpl(Jit.Optimized)]
    private Node? RenderGroup(GroupElement group) => Suppressible(group.Children, group.Formatting, group.Delimiter);

    /// <summary>Renders a group (or macro): nothing when it called variables and all were empty. To the enclosing
    /// group it counts as one variable, non-empty when it rendered anything (as citeproc-js counts it).</summary>
    [MethodImpl(Jit.Optimized)]
    private Node? Suppressible(IReadOnlyList<Element> elements, Formatting formatting, string? delimiter)
    {
        var (called, rendered) = (_ctx.VariablesCalled, _ctx.VariablesRendered);
        _ctx.VariablesCalled = 0;
        _ctx.VariablesRendered = 0;
        var node = RenderAll(elements, formatting, delimiter);
        var suppressed = _ctx.VariablesCalled > 0 && _ctx.VariablesRendered == 0;
        var hasContent = node is not null && !suppressed;
        _ctx.VariablesCalled = called + (_ctx.VariablesCalled > 0 || hasContent ? 1 : 0);
        _ctx.VariablesRendered = rendered + (hasContent ? 1 : 0);
        return suppressed ? null : node;
    }

    private Node? RenderChoose(ChooseElement choose) => Chosen(choose) is { } branch ? RenderAll(branch.Children, Formatting.None) : null;

    [MethodImpl(Jit.Optimized)]
    private ChooseBranch? Chosen(ChooseElement choose)
    {
        foreach (var branch in choose.Branches)
        {
            if (Conditions.Holds(branch, _ctx))
            {
                return branch;
            }
        }

        return null;
    }

    /// <summary>Wraps children in an element's formatting, applying strip-periods and text-case to the text inside.</summary>
    /// <param name="term">The children are a term of the locale: title case applies to it in any language (citeproc-js
    /// leaves only variables of an item not in English as they are).</param>
    [MethodImpl(Jit.Optimized)]
    private FormatNode Format(Formatting formatting, List<Node> children, string? delimiter = null, bool term = false)
    {
        var node = new FormatNode(formatting, children, delimiter);
        if (formatting.StripPeriods)
        {
            TextCase.StripPeriods(node);
        }

        if (formatting.TextCase is { } textCase)
        {
            TextCase.Apply(node, textCase, term ? null : _ctx.Item.Get("language") ?? _ctx.Locale.Tag);
        }

        return node;
    }

    /// <summary>Notes that a variable was called, and whether it had a value, for cs:group.</summary>
    private void Called(bool nonEmpty)
    {
        _ctx.VariablesCalled++;
        if (nonEmpty)
        {
            _ctx.VariablesRendered++;
        }
    }

    private static bool Is(string? a, string b) => string.Equals(a, b, StringComparison.Ordinal);
}
