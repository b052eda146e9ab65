using DocGen.Core.Text;

namespace DocGen.Core.Problems;

/// <summary>One problem in one document, with the exact span it is about and the values its message quotes.</summary>
public sealed record ParseProblem(ProblemCode Code, SourceSpan Span, string Argument = "");
