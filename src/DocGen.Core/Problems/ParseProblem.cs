using DocGen.Core.Model;
using DocGen.Core.Text;

namespace DocGen.Core.Problems;

/// <summary>One problem in one document, with the exact span it is about and the values its message quotes.</summary>
public sealed record ParseProblem(ProblemCode Code, SourceSpan Span, EquatableArray<string> Arguments)
{
    public ParseProblem(ProblemCode code, SourceSpan span, params string[] arguments)
        : this(code, span, new EquatableArray<string>(arguments))
    {
    }

    /// <summary>The first quoted value, or "" when the message quotes none.</summary>
    public string Argument => Arguments.Count > 0 ? Arguments[0] : string.Empty;
}
