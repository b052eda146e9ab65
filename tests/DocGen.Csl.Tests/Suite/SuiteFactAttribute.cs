using System;

namespace DocGen.Csl.Tests.Suite;

/// <summary>A fact that needs the CSL test suite in ../shared; skipped, with the reason printed, when it is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SuiteFactAttribute : FactAttribute
{
    public SuiteFactAttribute()
    {
        if (SuiteFolder.Root is null)
        {
            Skip = SuiteFolder.SkipReason;
        }
    }
}
