namespace DocGen.Package.Tests.Infrastructure;

/// <summary>
/// The tests that use the packages the README's quick start packs and the templates it installs: one
/// <see cref="QuickStart"/> for all of them (packing, seeding the cache and installing are the costly part).
/// </summary>
[CollectionDefinition(Name)]
public sealed class QuickStartCollection : ICollectionFixture<QuickStart>
{
    public const string Name = "the README's quick start";
}
