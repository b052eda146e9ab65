using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>A reference is a shelfmark only with a repository and a labelled or numbered locator; otherwise only Raw is kept.</summary>
public class ShelfmarkNonShelfmarkTests
{
    [Theory]
    [InlineData("Bulgarian Interior Ministry Archive")]          // repository alone
    [InlineData("Doe, Jane")]                                    // prose: the second part is no locator
    [InlineData("f. 45, op. 1, d. 331")]                         // locators without a repository
    [InlineData("Private collection of the Example family, letters")]
    [InlineData("Example Group et al, eds., Collected Papers of A. Person, vol. 2 (1949-1957) (Town, 1968): 11")] // a book
    [InlineData("A. Writer, History of the Port, trans. B. Translator (Oxford: Example Press, 1999), p. 12")]
    public void NotAShelfmark(string source)
    {
        var reference = Assert.Single(ShelfmarkParser.Parse(source));

        Assert.Equal(source, reference.Raw);
        Assert.Null(reference.Repository);
        Assert.True(reference.Locators.IsEmpty);
        Assert.False(reference.IsShelfmark);
    }

    [Fact]
    public void LabelWordsWithoutValuesAreNotLocators()
    {
        // "File" and "Record" need a number-like value; "Record Office" is part of the repository's name.
        var reference = Assert.Single(ShelfmarkParser.Parse("Public Record Office, File of letters, 1950"));

        Assert.Equal("Public Record Office: //File of letters | //1950", ReferenceText.Of(reference));
    }
}
