using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// "Issue 220: Features of ... (A, B, C) January 7, 1978 – September 23, 1978": a colon after a locator's number
/// introduces that file's own title. Number and title stay together as the value, commas, "and" and dates included,
/// so nothing is lost and the title never reads as further locators or references.
/// </summary>
public class ShelfmarkColonRuleTests
{
    [Fact]
    public void ColonTitleBelongsToItsLocator()
    {
        const string title = "311: Relations between Ruritania and some countries in Asia, Africa (Laos, Chad, Peru) March 2, 1975 \u2013 June 30, 1975";
        var references = ShelfmarkParser.Parse("AMAE, Folder 512/1975, Issue " + title);

        Assert.Equal(new[] { "AMAE: Folder/folder/512/1975 | Issue/issue/" + title }, ReferenceText.All(references));
    }

    [Fact]
    public void ColonTitleStopsAtTheSemicolon()
    {
        // The title takes the rest of its reference only; a following reference after ";" is still read.
        var references = ShelfmarkParser.Parse("AMAE, Folder 9/1980, Issue 4: Trade and Aid, 1980; and RGANI, f. 5, op. 77, d. 12");

        Assert.Equal(
            new[] { "AMAE: Folder/folder/9/1980 | Issue/issue/4: Trade and Aid, 1980", "RGANI: f./fond/5 | op./opis/77 | d./delo/12" },
            ReferenceText.All(references));
    }

    [Fact]
    public void AndInsideAColonTitleNeverSplits()
    {
        // "NARA, RG 59" after "and" would otherwise start a second reference.
        var references = ShelfmarkParser.Parse("AMAE, Folder 7/1978, Issue 3: Relations of Korea and NARA, RG 59");

        Assert.Single(references);
        Assert.Equal("3: Relations of Korea and NARA, RG 59", references[0].Locators[1].Value);
    }
}
