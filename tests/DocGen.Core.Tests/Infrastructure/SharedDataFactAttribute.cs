using System;

namespace DocGen.Core.Tests.Infrastructure;

/// <summary>A fact that needs a folder of <c>../shared</c>; it is skipped, with the reason printed, when that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder)
    {
        var present = folder switch
        {
            "examples" => SharedData.Examples,
            "seeds" => SharedData.Seeds,
            "csl" => SharedData.Csl,
            _ => throw new ArgumentOutOfRangeException(nameof(folder), folder, "unknown shared folder"),
        };

        if (present is null)
        {
            Skip = $"../shared/{folder} is absent (set DOCGEN_SHARED to its location to run this test)";
        }
    }
}
