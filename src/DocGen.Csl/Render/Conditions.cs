using System;
using System.Runtime.CompilerServices;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>Evaluates cs:if and cs:else-if tests against an item and its cite.</summary>
internal static class Conditions
{
    [MethodImpl(Jit.Optimized)]
    public static bool Holds(ChooseBranch branch, RenderContext ctx)
    {
        if (branch.Tests.Count == 0)
        {
            return true;
        }

        var evaluator = new Evaluator(ctx);
        foreach (var test in branch.Tests)
        {
            var result = Test(test, ctx, evaluator);
            switch (branch.Match)
            {
                case "any" when result:
                    return true;
                case "none" when result:
                    return false;
                case "all" when !result:
                    return false;
            }
        }

        return branch.Match != "any";
    }

    /// <summary>
    /// Whether the item has the variable, substituted away or not: citeproc-js tests the item's data, so a title that
    /// stood in for the author still counts as present (and is not rendered twice).
    /// </summary>
    [MethodImpl(Jit.Optimized)]
    private static bool HasValue(string variable, RenderContext ctx, Evaluator evaluator)
    {
        var substituted = ctx.Suppressed.Remove(variable);
        try
        {
            return evaluator.VariableText(variable) is not null || ctx.Item.GetNames(variable) is not null || ctx.Item.GetDate(variable) is not null;
        }
        finally
        {
            if (substituted)
            {
                ctx.Suppressed.Add(variable);
            }
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static bool Test(ConditionTest test, RenderContext ctx, Evaluator evaluator)
    {
        var value = test.Value;
        switch (test.Kind)
        {
            case "type":
                return ctx.Item.Type == value;
            case "variable":
                return HasValue(value, ctx, evaluator);
            case "is-numeric":
                return evaluator.VariableText(value) is { } text && Numbers.IsNumeric(text);
            case "is-uncertain-date":
                return ctx.Item.GetDate(value)?.Circa == true;
            case "locator":
                var label = ctx.Cite?.Locator is null ? null : ctx.Cite.Label ?? "page";
                return label == value || (value == "sub-verbo" && label == "sub verbo");
            case "position":
                return Position(ctx, value);
            case "disambiguate":
                return ctx.Disambiguation.Condition == (value == "true");
            default:
                return false;
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static bool Position(RenderContext ctx, string value)
    {
        var position = ctx.Position;
        if (position is null)
        {
            return false;
        }

        return value switch
        {
            "first" => position == "first",
            "subsequent" => position != "first",
            "ibid" => position is "ibid" or "ibid-with-locator",
            "ibid-with-locator" => position == "ibid-with-locator",
            "near-note" => ctx.NearNote && position != "first",
            _ => false,
        };
    }

}
