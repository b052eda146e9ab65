using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Csl.Checking;

namespace DocGen;

/// <summary>A CSL style or locale file that cannot be used; <see cref="Problems"/> says what and where (line, column).</summary>
public sealed class CslStyleException : FormatException
{
    internal CslStyleException(string what, IReadOnlyList<StyleProblem> problems)
        : base($"The {what} cannot be used: " + string.Join("; ", problems.Select(p => p.ToString())))
    {
        Problems = problems;
    }

    /// <summary>Throws when <paramref name="problems"/> holds any.</summary>
    internal static void ThrowIfAny(string what, IReadOnlyList<StyleProblem> problems)
    {
        if (problems.Count > 0)
        {
            throw new CslStyleException(what, problems);
        }
    }

    /// <summary>Every problem found, in the order of the text.</summary>
    public IReadOnlyList<StyleProblem> Problems { get; }
}
