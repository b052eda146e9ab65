namespace DocGen.Csl.Checking;

/// <summary>What is wrong with a style or locale file. The generator reports kind N as diagnostic DG00N (DG0050 to DG0053).</summary>
public enum StyleProblemKind
{
    /// <summary>The file is not well-formed XML (or declares a DTD, which is refused), its root is not a CSL cs:style
    /// (or cs:locale with an xml:lang), or a style has no cs:citation with a cs:layout.</summary>
    NotCsl = 50,

    /// <summary>A cs:text or sort key names a macro the style does not define.</summary>
    UnknownMacro = 51,

    /// <summary>An element, or a CSL version, the processor does not render (CSL 1.0.2 is what it reads).</summary>
    UnsupportedFeature = 52,

    /// <summary>The style's default-locale names a locale no locale file provides.</summary>
    MissingLocale = 53,
}

/// <summary>One problem of a style or locale file, at a 1-based line and column of its text.</summary>
public sealed record StyleProblem(StyleProblemKind Kind, string Message, int Line, int Column)
{
    public override string ToString() => $"line {Line}, column {Column}: {Message}";
}
