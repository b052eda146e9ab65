using System.IO;
using System.Linq;
using DocGen.Core.Formats.Tei.Authorities;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Core.Tests.Tei;

/// <summary>The persons and terms lists of the real volumes in ../shared/frus, read in place; values pinned from the files.</summary>
public sealed class AuthorityListRealVolumeTests
{
    private static AuthorityLists Read(string file) =>
        AuthorityListReader.Read(File.ReadAllText(SharedData.Path(SharedData.Frus, file)));

    // frus1918Russiav03 (88 persons, NOTES.md 2.2) and the 1951 terms list are not among the shared files.
    [SharedDataTheory("frus")]
    [InlineData("frus1919Parisv01.xml", 173, 0)]
    [InlineData("reviewed/frus1969-76v19p1.xml", 102, 204)]
    [InlineData("frus1894Nicaragua.xml", 0, 0)]
    [InlineData("frus1861.xml", 0, 0)]
    public void EachVolumeHasItsListsWithNoProblem(string file, int persons, int terms)
    {
        var lists = Read(file);

        Assert.Empty(lists.Problems);
        Assert.Equal(persons, lists.Persons.Count);
        Assert.Equal(terms, lists.Terms.Count);
        Assert.All(lists.Persons, p => Assert.StartsWith("p_", p.Id, System.StringComparison.Ordinal));
        Assert.All(lists.Terms, t => Assert.StartsWith("t_", t.Id, System.StringComparison.Ordinal));
        Assert.All(lists.Persons, p => Assert.NotEqual(string.Empty, p.Name));
    }

    [SharedDataFact("frus")]
    public void Korea1969To1972PinsEntries()
    {
        var lists = Read("reviewed/frus1969-76v19p1.xml");

        var kissinger = lists.Persons.Single(p => p.Id == "p_KHA1");
        Assert.Equal("Kissinger, Henry A.", kissinger.Name);
        Assert.Equal("Assistant to the President for National Security Affairs", kissinger.Description);
        var park = lists.Persons.Single(p => p.Id == "p_PCH1");
        Assert.Equal("Park Chung Hee (Pak Chong-hui)", park.Name);
        Assert.Equal("President of the ROK", park.Description);
        var abrams = lists.Persons.Single(p => p.Id == "p_ACW1");
        Assert.Equal("Abrams, Creighton W., Jr.", abrams.Name);
        Assert.Equal("General, USA, Commander, U.S. Military Command, Vietnam; Army Chief of Staff from October 12, 1972", abrams.Description);
        Assert.Equal(new[] { "p_LHR1" }, lists.Persons.Single(p => p.Id == "p_YHR1").SeeAlso);
        Assert.Equal(new[] { "p_YHR1" }, lists.Persons.Where(p => p.SeeAlso.Count > 0).Select(p => p.Id));
        Assert.Equal(("ADB", "Asian Development Bank"), lists.Terms.Where(t => t.Id == "t_ADB1").Select(t => (t.Abbreviation, t.Expansion)).Single());
        Assert.Equal(("HAK", "Henry A. Kissinger"), lists.Terms.Where(t => t.Id == "t_HAK1").Select(t => (t.Abbreviation, t.Expansion)).Single());
        Assert.Equal(("ROK", "Republic of Korea (South Korea)"), lists.Terms.Where(t => t.Id == "t_ROK1").Select(t => (t.Abbreviation, t.Expansion)).Single());
    }

    [SharedDataFact("frus")]
    public void Paris1919PinsSmallcapsNamesAndMentions()
    {
        var lists = Read("frus1919Parisv01.xml");

        Assert.Equal("p_AGKA1", lists.Persons[0].Id);
        Assert.Equal("Ali Gholi Khan, Ansari", lists.Persons[0].Name);
        Assert.Equal("Persian Minister of Foreign Affairs", lists.Persons[0].Description);
        var auchincloss = lists.Persons.Single(p => p.Id == "p_AG1");
        Assert.Equal("Auchincloss, Gordon", auchincloss.Name);
        Assert.Equal("Assistant to the Counselor for the Department of State and aide to Colonel House", auchincloss.Description);
        Assert.Empty(auchincloss.SeeAlso);
    }
}
