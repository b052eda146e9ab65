using System;

namespace DocGen.Core.Tests.Infrastructure;

/// <summary>A fact that needs a folder of <c>../shared</c>; it is skipped, with the reason printed, when that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute(string folder) => Skip = SharedData.SkipReason(folder);
}

/// <summary>A theory that needs a folder of <c>../shared</c>; skipped, with the reason printed, when that folder is absent.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute(string folder) => Skip = SharedData.SkipReason(folder);
}
