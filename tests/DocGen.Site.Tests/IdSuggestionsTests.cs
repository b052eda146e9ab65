using DocGen.Site.Catalog;

namespace DocGen.Site.Tests;

public sealed class IdSuggestionsTests
{
    private static readonly string[] Ids = { "112106", "114925", "114926", "230146", "frus1918Russiav03/d100", "frus1918Russiav03/d101" };

    [Fact]
    public void FewestEditsComeFirstThenCatalogOrder()
    {
        Assert.Equal(new[] { "114925", "114926" }, IdSuggestions.Find(Ids, "11492"));
        Assert.Equal(new[] { "frus1918Russiav03/d100", "frus1918Russiav03/d101" }, IdSuggestions.Find(Ids, "frus1918Russiav03/d10"));
        Assert.Equal(new[] { "114926", "114925", "112106" }, IdSuggestions.Find(Ids, "114926"));
    }

    [Fact]
    public void IdsFurtherThanHalfTheAskedLengthAreNotSuggested()
    {
        Assert.Empty(IdSuggestions.Find(Ids, "letter-from-mao"));
        Assert.Equal(new[] { "230146" }, IdSuggestions.Find(Ids, "230146", count: 1));
    }
}
