using System;
using System.Text;

namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// A fact that compares against <c>string.Normalize</c>; skipped, with the reason printed, where normalization does
/// nothing (invariant globalization without ICU, as on the Alpine SDK images).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class NormalizationFactAttribute : FactAttribute
{
    public NormalizationFactAttribute()
    {
        if ("e\u0301".Normalize(NormalizationForm.FormC) == "e\u0301")
        {
            Skip = "string.Normalize leaves text unchanged on this host (invariant globalization without ICU), so there is nothing to compare with";
        }
    }
}
