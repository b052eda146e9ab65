using DocGen.Csl.Style;

namespace DocGen.Csl.Output;

/// <summary>How a format writes escapes and inline formatting.</summary>
internal interface IMarkup
{
    string Escape(string text);

    /// <summary>Wraps formatted text; <paramref name="state"/> is what is already in force, for flip-flop.</summary>
    string Wrap(string text, Formatting formatting, FontState state);

    string Display(string text, string display);
}

/// <summary>Inline formatting in force at a point of the output.</summary>
internal struct FontState
{
    public bool Italic;
    public bool Bold;
    public bool SmallCaps;
}
