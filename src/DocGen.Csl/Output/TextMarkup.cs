using DocGen.Csl.Style;

namespace DocGen.Csl.Output;

/// <summary>Plain text: formatting dropped, nothing escaped.</summary>
internal sealed class TextMarkup : IMarkup
{
    public static readonly TextMarkup Instance = new();

    public string Escape(string text) => text;

    public string Wrap(string text, Formatting formatting, FontState state) => text;

    public string Display(string text, string display) => text;
}
