using System;

namespace DocGen.Package.Tests.Infrastructure;

/// <summary>A fact that runs the README's shell lines; it is skipped, with the reason printed, where bash is missing.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BashFactAttribute : FactAttribute
{
    public BashFactAttribute()
    {
        if (!Shell.Exists)
        {
            Skip = "bash is not installed; the README's quick start is written for it";
        }
    }
}
