using DocGen.Core.Text;

namespace DocGen.Core.Formats.Markdown;

/// <summary>A labelled section: its label as written, the label's span, and its value (null when empty).</summary>
internal sealed record Section(string Label, SourceSpan LabelSpan, TextMap? Value)
{
    public string Text => Value?.Text ?? string.Empty;
}
