using System;
using System.Collections.Generic;
using System.Globalization;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>The name options in force for one cs:name: the style's, then cs:citation's or cs:bibliography's, then the
/// element's own, then a sort key's overrides (CSL 1.0.2 "Inheritable Name Options").</summary>
internal sealed class NameOptions
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);

    public NameOptions(RenderContext ctx, NameElement? name)
    {
        // cs:style, cs:citation and cs:bibliography spell the name element's form and delimiter "name-form" and "name-delimiter".
        foreach (var level in new[] { ctx.Style.Options, ctx.Section.Options })
        {
            Add(level);
            Rename(level, "name-delimiter", "delimiter");
            Rename(level, "name-form", "form");
        }

        if (name is not null)
        {
            Add(name.Options);
        }

        if (ctx.SortKey is { } key)
        {
            _values["name-as-sort-order"] = "all";
            Rename(key.NameOverrides, "names-min", "et-al-min");
            Rename(key.NameOverrides, "names-use-first", "et-al-use-first");
            Rename(key.NameOverrides, "names-use-last", "et-al-use-last");
        }

        if (ctx.Position is not null && ctx.Position != "first")
        {
            if (_values.TryGetValue("et-al-subsequent-min", out var min))
            {
                _values["et-al-min"] = min;
            }

            if (_values.TryGetValue("et-al-subsequent-use-first", out var first))
            {
                _values["et-al-use-first"] = first;
            }
        }
    }

    public string? And => Get("and");

    public string Delimiter => Get("delimiter") ?? ", ";

    public string DelimiterPrecedesEtAl => Get("delimiter-precedes-et-al") ?? "contextual";

    public string DelimiterPrecedesLast => Get("delimiter-precedes-last") ?? "contextual";

    public int EtAlMin => Int("et-al-min");

    public int EtAlUseFirst => Int("et-al-use-first");

    /// <summary>et-al-use-first is given (0 included: then no name shows).</summary>
    public bool HasEtAlUseFirst => Get("et-al-use-first") is not null;

    public bool EtAlUseLast => Get("et-al-use-last") == "true";

    public string Form => Get("form") ?? "long";

    public bool Initialize => Get("initialize") != "false";

    public string? InitializeWith => Get("initialize-with");

    public bool InitializeWithHyphen => Get("initialize-with-hyphen") != "false";

    public string? NameAsSortOrder => Get("name-as-sort-order");

    public string SortSeparator => Get("sort-separator") ?? ", ";

    public string DemoteNonDroppingParticle => Get("demote-non-dropping-particle") ?? "display-and-sort";

    private string? Get(string key) => _values.TryGetValue(key, out var value) ? value : null;

    private int Int(string key) =>
        Get(key) is { } text && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;

    private void Add(IReadOnlyDictionary<string, string> values)
    {
        foreach (var pair in values)
        {
            _values[pair.Key] = pair.Value;
        }
    }

    private void Rename(IReadOnlyDictionary<string, string> values, string from, string to)
    {
        if (values.TryGetValue(from, out var value))
        {
            _values[to] = value;
        }
    }
}
