using System.Collections.Generic;

namespace DocGen.Csl.Style;

/// <summary>A rendering element of a layout or macro.</summary>
public abstract record Element(Formatting Formatting);

/// <summary>cs:text: a variable, a macro, a term or a literal value.</summary>
public sealed record TextElement(Formatting Formatting, string? Variable, string? Macro, string? Term, string? Value,
    string Form, bool Plural) : Element(Formatting);

/// <summary>cs:number.</summary>
public sealed record NumberElement(Formatting Formatting, string Variable, string Form) : Element(Formatting);

/// <summary>cs:label: the term that names a variable, in the plural when the value is.</summary>
public sealed record LabelElement(Formatting Formatting, string Variable, string Form, string Plural) : Element(Formatting);

/// <summary>cs:date-part.</summary>
public sealed record DatePartElement(Formatting Formatting, string Name, string? Form, string? RangeDelimiter);

/// <summary>cs:date: either localized (Form "text" or "numeric", with DateParts choosing the parts) or a style's own.</summary>
public sealed record DateElement(Formatting Formatting, string Variable, string? Form, string DateParts,
    string? Delimiter, IReadOnlyList<DatePartElement> Parts) : Element(Formatting);

/// <summary>cs:name: its attributes kept raw, because they combine with the inherited options at render time.</summary>
public sealed record NameElement(Formatting Formatting, IReadOnlyDictionary<string, string> Options,
    Formatting? FamilyFormatting, Formatting? GivenFormatting);

/// <summary>cs:names.</summary>
public sealed record NamesElement(Formatting Formatting, IReadOnlyList<string> Variables, string? Delimiter,
    NameElement? Name, Formatting? EtAl, string EtAlTerm, LabelElement? Label, bool LabelBeforeName,
    IReadOnlyList<Element>? Substitute) : Element(Formatting);

/// <summary>cs:group: rendered only when a variable it calls is non-empty (or it calls none).</summary>
public sealed record GroupElement(Formatting Formatting, string? Delimiter, IReadOnlyList<Element> Children) : Element(Formatting);

/// <summary>One test of a condition: an attribute (type, variable, is-numeric, …) and one of its values.</summary>
public sealed record ConditionTest(string Kind, string Value);

/// <summary>cs:if / cs:else-if / cs:else. An else branch has no tests.</summary>
public sealed record ChooseBranch(string Match, IReadOnlyList<ConditionTest> Tests, IReadOnlyList<Element> Children);

/// <summary>cs:choose.</summary>
public sealed record ChooseElement(IReadOnlyList<ChooseBranch> Branches) : Element(Formatting.None);

/// <summary>A sort key: a variable or a macro, with its direction and name-list overrides.</summary>
public sealed record SortKey(string? Variable, string? Macro, bool Descending,
    IReadOnlyDictionary<string, string> NameOverrides);

/// <summary>cs:citation or cs:bibliography: the layout, sort and options (inheritable name options among them).</summary>
public sealed record Section(Formatting Formatting, string? Delimiter, IReadOnlyList<Element> Layout,
    IReadOnlyList<SortKey> Sort, IReadOnlyDictionary<string, string> Options);
