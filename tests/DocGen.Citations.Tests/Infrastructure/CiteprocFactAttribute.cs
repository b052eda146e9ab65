using System;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>A fact that needs citeproc-js and the CSL styles; it is skipped, with the reason printed, when either is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class CiteprocFactAttribute : FactAttribute
{
    public CiteprocFactAttribute()
    {
        if (Citeproc.MissingReason is { } reason)
        {
            Skip = reason;
        }
    }
}
