namespace DocGen.Core.Citations;

/// <summary>A half-open range [Start, End) of the string being parsed; the parsers pass these instead of substrings.</summary>
internal readonly record struct Span(int Start, int End);
