using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;

namespace DocGen.Csl.Render;

internal sealed partial class Evaluator
{
    /// <summary>The text of an ordinary variable (cite variables included), or null when it is empty or (unless
    /// <paramref name="evenIfSubstituted"/>) substituted away.</summary>
    [MethodImpl(Jit.Optimized)]
    internal string? VariableText(string name, string form = "long", bool evenIfSubstituted = false)
    {
        if (!evenIfSubstituted && _ctx.Suppressed.Contains(name))
        {
            return null;
        }

        switch (name)
        {
            case "locator":
                return _ctx.Cite?.Locator?.Trim() is { Length: > 0 } locator ? locator : null;
            case "citation-number":
                return _ctx.CitationNumber > 0 ? _ctx.CitationNumber.ToString(CultureInfo.InvariantCulture) : null;
            case "year-suffix":
                _ctx.YearSuffixRendered = true;
                return _ctx.Disambiguation.YearSuffix;
            case "first-reference-note-number":
                return _ctx.FirstReferenceNoteNumber?.ToString(CultureInfo.InvariantCulture);
            case "citation-label":
                return _ctx.Item.Get("citation-label") ?? CitationLabel.Generate(_ctx.Item);
            case "page-first":
                return _ctx.Item.Get("page-first") ?? PageFirst(_ctx.Item.Get("page"));
        }

        if (name == "container-title-short" && _ctx.Item.Get(name) is null)
        {
            return _ctx.Item.Get("journalAbbreviation");
        }

        if (form == "short")
        {
            var shortName = name == "container-title" && _ctx.Item.Get("container-title-short") is null ? "journalAbbreviation" : name + "-short";
            if (_ctx.Item.Get(shortName) is { } shortValue)
            {
                return shortValue;
            }
        }

        return _ctx.Item.Get(name);
    }

    [MethodImpl(Jit.Optimized)]
    private List<Node>? Variable(string name, string form)
    {
        var text = VariableText(name, form);

        // An empty year-suffix does not empty a group: most items have none (citeproc-js counts it so too).
        if (text is not null || name != "year-suffix")
        {
            Called(text is not null);
        }

        if (text is null)
        {
            return null;
        }

        var rangeDelimiter = _ctx.Locale.Find("page-range-delimiter")?.Single ?? "\u2013";
        if (name == "page")
        {
            text = Numbers.PageRange(text, _ctx.Style.Options.TryGetValue("page-range-format", out var format) ? format : null, rangeDelimiter);
        }
        else if (NumberVariables.Contains(name) && Numbers.IsNumeric(text))
        {
            // A numeric range in a number variable ("3-4") takes the range dash, whatever element prints it; a range
            // the data writes with an en dash ("1969–1976") keeps it, as in citeproc-js, in every locale.
            text = Numbers.PageRange(text, null, rangeDelimiter, hyphensOnly: true);
        }
        else if (name == "locator")
        {
            // Locators get the range dash but keep their digits; "\-" is a hyphen meant as one.
            var pageFormat = (_ctx.Cite?.Label ?? "page") == "page" && _ctx.Style.Options.TryGetValue("page-range-format", out var f) ? f : null;
            text = text.IndexOf("\\-", StringComparison.Ordinal) >= 0 ? text.Replace("\\-", "-") : Numbers.PageRange(text, pageFormat, rangeDelimiter);
        }

        // "\-" in a value is a hyphen that is not a range.
        text = text.Replace("\\-", "-");
        if (name == "citation-label" && ImplicitYearSuffix() is { } suffix)
        {
            text += suffix;
        }

        if (name is "URL" or "DOI" or "PMID" or "PMCID")
        {
            return new List<Node> { new TextNode(text) };
        }

        return RichText.Parse(text, _ctx.Quotes);
    }

    /// <summary>The year-suffix when the style does not place it and nothing has shown it yet (it is then shown here).</summary>
    [MethodImpl(Jit.Optimized)]
    private string? ImplicitYearSuffix()
    {
        if (_ctx.Disambiguation.YearSuffix is not { } suffix || _ctx.YearSuffixRendered || _ctx.Style.PlacesYearSuffix)
        {
            return null;
        }

        _ctx.YearSuffixRendered = true;
        return suffix;
    }

    private static readonly HashSet<string> NumberVariables = new(StringComparer.Ordinal)
    {
        "chapter-number", "collection-number", "edition", "issue", "number", "number-of-pages", "number-of-volumes",
        "part-number", "supplement-number", "volume",
    };

    private static string? PageFirst(string? page)
    {
        if (page is null)
        {
            return null;
        }

        var end = 0;
        while (end < page.Length && page[end] != '-' && page[end] != '\u2013' && page[end] != ',' && page[end] != '&' && page[end] != ' ')
        {
            end++;
        }

        return end == 0 ? null : page.Substring(0, end);
    }
}
