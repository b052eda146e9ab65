namespace DocGen.Core.Problems;

/// <summary>Default severity of a problem; users can change it per id in .editorconfig.</summary>
public enum ProblemSeverity
{
    Info = 0,
    Warning = 1,
    Error = 2,
}
