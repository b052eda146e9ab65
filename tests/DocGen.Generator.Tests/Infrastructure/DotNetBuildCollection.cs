namespace DocGen.Generator.Tests.Infrastructure;

/// <summary>
/// The test classes that run `dotnet build` over the projects in src/: one at a time, since two builds of the same
/// projects at once collide in their obj folders.
/// </summary>
[CollectionDefinition(Name)]
public sealed class DotNetBuildCollection
{
    public const string Name = "dotnet build";
}
