using System;

namespace DocGen.Generator.Tests;

/// <summary>
/// The core parser keeps its own copy of the date enums (it must not depend on the runtime library); the emitter
/// writes core enum names into code that uses the runtime enums, so the two must keep the same names and values.
/// </summary>
public class RuntimeModelSyncTests
{
    [Fact]
    public void DatePrecisionHasTheSameMembersInCoreAndRuntime()
    {
        Assert.Equal(Enum.GetNames<DocGen.Core.Dates.DatePrecision>(), Enum.GetNames<DocGen.DatePrecision>());
        foreach (var name in Enum.GetNames<DocGen.DatePrecision>())
        {
            Assert.Equal((int)Enum.Parse<DocGen.Core.Dates.DatePrecision>(name), (int)Enum.Parse<DocGen.DatePrecision>(name));
        }
    }
}
