using System;
using System.Collections.Generic;
using System.Globalization;
using System.Runtime.CompilerServices;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>The name options in force for one cs:name: the style's, then cs:citation's or cs:bibliography's, then the
/// element's own, then a sort key's overrides (CSL 1.0.2 "Inheritable Name Options").</summary>
internal sealed class NameOptions
{
    // What a cs:name inherits from its style and section and sets itself depends on those alone, so it is merged once
    // per section and name element and shared (read only), not copied for each names element of each citation.
    private static readonly ConditionalWeakTable<Section, Inherited> BySection = new();

    private readonly Dictionary<string, string> _values;

    public NameOptions(RenderContext ctx, NameElement? name)
    {
        var inherited = BySection.GetValue(ctx.Section, static section => new Inherited(section)).For(ctx.Style, name);
        var subsequent = ctx.Position is not null && ctx.Position != "first"
            && (inherited.ContainsKey("et-al-subsequent-min") || inherited.ContainsKey("et-al-subsequent-use-first"));
        if (ctx.SortKey is null && !subsequent)
        {
            _values = inherited;
            return;
        }

        _values = new Dictionary<string, string>(inherited, StringComparer.Ordinal);
        if (ctx.SortKey is { } key)
        {
            _values["name-as-sort-order"] = "all";
            Rename(_values, key.NameOverrides, "names-min", "et-al-min");
            Rename(_values, key.NameOverrides, "names-use-first", "et-al-use-first");
            Rename(_values, key.NameOverrides, "names-use-last", "et-al-use-last");
        }

        if (subsequent)
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

    /// <summary>The style's options, then the section's, then the name element's (CSL 1.0.2's order).</summary>
    private static Dictionary<string, string> Merge(CslStyle style, Section section, NameElement? name)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        // cs:style, cs:citation and cs:bibliography spell the name element's form and delimiter "name-form" and "name-delimiter".
        foreach (var level in new[] { style.Options, section.Options })
        {
            foreach (var pair in level)
            {
                values[pair.Key] = pair.Value;
            }

            Rename(values, level, "name-delimiter", "delimiter");
            Rename(values, level, "name-form", "form");
        }

        if (name is not null)
        {
            foreach (var pair in name.Options)
            {
                values[pair.Key] = pair.Value;
            }
        }

        return values;
    }

    private static void Rename(Dictionary<string, string> values, IReadOnlyDictionary<string, string> from, string key, string to)
    {
        if (from.TryGetValue(key, out var value))
        {
            values[to] = value;
        }
    }

    /// <summary>One section's merged options, by name element (the same element object: a macro's names render in
    /// either section, so the section is part of the key).</summary>
    private sealed class Inherited
    {
        private readonly Section _section;
        private readonly Dictionary<NameElement, Dictionary<string, string>> _byName = new(SameElement.Instance);
        private CslStyle? _style;
        private Dictionary<string, string>? _withoutName;

        public Inherited(Section section) => _section = section;

        public Dictionary<string, string> For(CslStyle style, NameElement? name)
        {
            lock (_byName)
            {
                _style ??= style;
                if (!ReferenceEquals(style, _style))
                {
                    // The same section in another style (the constructors are public): merged for it, not kept.
                    return Merge(style, _section, name);
                }

                if (name is null)
                {
                    return _withoutName ??= Merge(style, _section, null);
                }

                if (!_byName.TryGetValue(name, out var values))
                {
                    values = Merge(style, _section, name);
                    _byName[name] = values;
                }

                return values;
            }
        }
    }

    private sealed class SameElement : IEqualityComparer<NameElement>
    {
        public static readonly SameElement Instance = new();

        public bool Equals(NameElement? x, NameElement? y) => ReferenceEquals(x, y);

        public int GetHashCode(NameElement obj) => RuntimeHelpers.GetHashCode(obj);
    }
}
