using System.Linq;
using DocGen.Core.Formats.People;
using DocGen.Core.Problems;

namespace DocGen.Core.Tests.People;

/// <summary>The authority file's format: header, entries, keys; bad lines are located problems and the rest is read.</summary>
public class PeopleFileReaderTests
{
    [Fact]
    public void ReadsEntriesWithNamesAliasesWikidataAndFrusEntries()
    {
        var file = PeopleFileReader.Read("DocGen people 1\r\n# a comment\r\n\r\n[stalin]\r\nalias: Filippov\r\nname: Stalin\r\nwikidata: Q855\r\nfrus: frus1950v07#p_SJV1\r\n[mao]\r\nname: Mao Zedong\r\n");

        Assert.Empty(file.Problems);
        Assert.Equal(new[] { "stalin", "mao" }, file.Entries.Select(e => e.Id));
        var stalin = file.Entries[0];
        Assert.Equal(new[] { "Stalin", "Filippov" }, stalin.Names.Select(n => n.Text));
        Assert.Equal("Q855", stalin.Wikidata);
        var link = Assert.Single(stalin.Links);
        Assert.Equal(("frus1950v07", "p_SJV1", 7, 6), (link.Volume, link.PersonId, link.Span.StartLine, link.Span.StartColumn));
    }

    [Theory]
    [InlineData("", 0)]
    [InlineData("DocGen people 2\n[stalin]\nname: Stalin\n", 1)]
    [InlineData("[stalin]\nname: Stalin\n", 1)]
    public void AFileWithoutTheHeaderIsNotRead(string text, int problems)
    {
        var file = PeopleFileReader.Read(text);

        Assert.Empty(file.Entries);
        Assert.Equal(problems, file.Problems.Count);
        Assert.All(file.Problems, p => Assert.Equal(ProblemCode.MalformedPeopleLine, p.Code));
    }

    [Theory]
    [InlineData("name Stalin", "is neither '[id]' nor 'key: value'")]
    [InlineData("name:", "has no value after 'name:'")]
    [InlineData("frus: frus1950v07", "gives 'frus1950v07', which is no FRUS persons-list entry")]
    [InlineData("wikidata: Q0855", "gives 'Q0855', which is no Wikidata id")]
    [InlineData("born: 1879", "has the key 'born', which the format does not have")]
    public void ABadLineIsAProblemOnItsLineAndTheEntryIsKept(string line, string what)
    {
        var file = PeopleFileReader.Read("DocGen people 1\n[stalin]\nname: Stalin\n" + line + "\n");

        var problem = Assert.Single(file.Problems);
        Assert.Equal((ProblemCode.MalformedPeopleLine, what, 3), (problem.Code, problem.Argument, problem.Span.StartLine));
        Assert.Equal("stalin", Assert.Single(file.Entries).Id);
    }

    [Fact]
    public void AnEntryWithoutANameOrWithABadIdIsLeftOut()
    {
        var file = PeopleFileReader.Read("DocGen people 1\n[nameless]\nalias: Someone\n[not an id]\nname: Bad\n[ok]\nname: Good\n");

        Assert.Equal(new[] { "ok" }, file.Entries.Select(e => e.Id));
        Assert.Equal(new[] { 3, 1 }, file.Problems.Select(p => p.Span.StartLine).OrderByDescending(l => l));
    }

    [Fact]
    public void ASecondClaimOfANameOrFrusEntryIsLeftOutOfTheLaterEntry()
    {
        var file = PeopleFileReader.Read("DocGen people 1\n[a]\nname: Kim\nfrus: v#p1\n[b]\nname: Kim Il Sung\nalias: Kim\nfrus: v#p1\n");

        Assert.Equal(new[] { "Kim Il Sung" }, file.Entries[1].Names.Select(n => n.Text));
        Assert.Empty(file.Entries[1].Links);
        Assert.Equal(new[] { ProblemCode.PeopleClaimTaken, ProblemCode.PeopleClaimTaken }, file.Problems.Select(p => p.Code));
        Assert.Equal(new[] { "Kim", "a", "line 3" }, file.Problems[0].Arguments);
    }

    [Fact]
    public void AnEntryLeftOutClaimsNoFrusEntry()
    {
        // [b] loses its only name to [a], so it is left out; its frus entry stays free for [c].
        var file = PeopleFileReader.Read("DocGen people 1\n[a]\nname: Kim\n[b]\nname: Kim\nfrus: v#p1\n[c]\nname: Kim Il Sung\nfrus: v#p1\n");

        Assert.Equal(new[] { "a", "c" }, file.Entries.Select(e => e.Id));
        Assert.Equal(new[] { "v#p1" }, file.Entries[1].Links.Select(l => l.ToString()));
        Assert.Equal(new[] { ProblemCode.PeopleClaimTaken }, file.Problems.Select(p => p.Code));
    }
}
