using System.Collections.Generic;
using DocGen.Csl.Style;

namespace DocGen.Csl.Render;

/// <summary>The output tree: what evaluation produces and the writers format.</summary>
// The nodes' members are fields, not properties: every citation builds and writes these trees, and each accessor
// would be a method the JIT compiles up to three times (tier 0, instrumented, tier 1) in a build's cold run.
internal abstract class Node
{
}

/// <summary>Text, unescaped.</summary>
internal sealed class TextNode : Node
{
    public TextNode(string text) => Text = text;

    public string Text;

    /// <summary>The text is a locale term ("ibid."): one that opens a citation is capitalized.</summary>
    public bool IsTerm;

    /// <summary>The text joins cites (a layout or collapsing delimiter).</summary>
    public bool IsDelimiter;
}

/// <summary>Children joined by a delimiter, then quoted, formatted and given affixes.</summary>
internal sealed class FormatNode : Node
{
    public FormatNode(Formatting formatting, List<Node> children, string? delimiter = null)
    {
        Formatting = formatting;
        Children = children;
        Delimiter = delimiter;
    }

    public Formatting Formatting;

    public readonly List<Node> Children;

    public readonly string? Delimiter;

    /// <summary>Text case must not change what is inside (rich text's nocase span).</summary>
    public bool NoCase;

    /// <summary>Quotes that came with a cite's affix: a period or comma after them is not moved inside.</summary>
    public bool PunctuationStaysOut;

    /// <summary>Quotes opened by the locale's inner mark: outside any other quotation they print as inner quotes.</summary>
    public bool InnerQuotes;

    public static FormatNode Of(Formatting formatting, params Node[] children) => new(formatting, new List<Node>(children));
}
