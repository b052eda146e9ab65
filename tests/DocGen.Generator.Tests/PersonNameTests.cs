using System.Linq;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>The Wilson Center's "Name [Alias]" keeps both: the name and the alias apart, the text (what citations use) unchanged.</summary>
public class PersonNameTests
{
    [Theory]
    [InlineData("Filippov [Stalin]", "Filippov", "Stalin")]
    [InlineData("Mao Zedong", "Mao Zedong", null)]
    [InlineData("Fyn Si [Stalin]", "Fyn Si", "Stalin")]
    [InlineData("[Stalin]", "[Stalin]", null)]
    [InlineData("Filippov [Stalin] and [Molotov", "Filippov [Stalin] and [Molotov", null)]
    [InlineData("A [B] C", "A [B] C", null)]
    public void ATrailingBracketAfterASpaceIsTheAlias(string text, string name, string? alias)
    {
        var parsed = PersonName.Parse(text);

        Assert.Equal((text, name, alias), (parsed.Text, parsed.Name, parsed.Alias));
    }

    [Fact]
    public void AGeneratedDocumentsAuthorsKeepNameAndAliasAndTheirText()
    {
        var memo = TestDocuments.Note("June 5, 1951", "Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong",
            "\"Ciphered Telegram No. 3410, Filippov [Stalin] to Krasovsky, for Cde. Mao Zedong\", June 5, 1951, Wilson Center Digital Archive. <https://digitalarchive.wilsoncenter.org/document/112106>");
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/project/Archive/telegram.md", memo) }, CollectionTests.Project);
        var document = Assert.Single(GeneratedAssembly.LoadAll(output));

        var author = Assert.Single(document.AuthorNames);
        Assert.Equal(("Filippov [Stalin]", "Filippov", "Stalin"), (author.Text, author.Name, author.Alias));
        Assert.Equal(document.Authors, document.AuthorNames.Select(n => n.Text));
        Assert.Equal(document.Recipients, document.RecipientNames.Select(n => n.Text));
        Assert.All(document.RecipientNames, n => Assert.Null(n.Alias));
    }
}
