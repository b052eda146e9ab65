using System.IO;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Core.Citations;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Citations.Tests;

using CoreMarkup = DocGen.Core.Formatting.CitationMarkup;

/// <summary>The Office of the Historian's recommended citation of a FRUS document (CitationRecords.CiteAsHistorian).</summary>
public sealed class HistorianCitationTests
{
    /// <summary>The Office of the Historian's own example, to the letter.</summary>
    private const string Document75 = "Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972, eds. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2010), Document 75.";

    [Fact]
    public void TheKoreaVolumesDocument75ReadsAsTheOfficeOfTheHistoriansExample()
    {
        var d75 = FrusDocuments.Built().Find(d => d.Id == FrusDocuments.KoreaDocument75)!;

        Assert.Equal(Document75, CitationRecords.CiteAsHistorian(d75));
        Assert.Equal("*Foreign Relations of the United States*, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972, eds. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2010), Document 75.",
            CitationRecords.CiteAsHistorian(d75, CoreMarkup.Markdown));
        Assert.Equal("<i>Foreign Relations of the United States</i>, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972, eds. Daniel J. Lawler and Erin R. Mahan (Washington: Government Printing Office, 2010), Document 75.",
            CitationRecords.CiteAsHistorian(d75, CoreMarkup.Html));
    }

    [Fact]
    public void AVolumeBeforeThe1955SubseriesIsCitedByPageWithOneEditor()
    {
        var d171 = FrusDocuments.Built().Find(d => d.Id == "frus1951v07p2/d171")!;

        Assert.Equal("Foreign Relations of the United States, 1951, Volume VII, Part 2, Korea and China, ed. John P. Glennon (Washington: Government Printing Office, 1983), 1797–1798.",
            CitationRecords.CiteAsHistorian(d171));
    }

    [Fact]
    public void AManuscriptHasNoSuchCitation() =>
        Assert.Equal(string.Empty, CitationRecords.CiteAsHistorian(CorpusDocuments.All(includeShared: false)[0]));

    /// <summary>
    /// The real reviewed volume: its header dates the volume 2009 (the digital edition's publication date) where the
    /// title page and the Office of the Historian's example say 2010; the title page's year is the printed volume's.
    /// </summary>
    [SharedDataFact("frus")]
    public void TheRealKoreaVolumesDocument75IsTheExampleToTheLetter()
    {
        var file = Path.Combine(SharedData.Frus!, "reviewed", "frus1969-76v19p1.xml");
        var d75 = FrusDocuments.Read(file, File.ReadAllText(file)).Find(d => d.Id == FrusDocuments.KoreaDocument75)!;

        Assert.Equal(Document75, CitationRecords.CiteAsHistorian(d75));
    }

    [SharedDataFact("frus")]
    public void ARealEarlyVolumeIsCitedByPage()
    {
        var file = Path.Combine(SharedData.Frus!, "frus1936v03.xml");
        var d586 = FrusDocuments.Read(file, File.ReadAllText(file)).Find(d => d.Id == "frus1936v03/d586")!;

        Assert.Equal("Foreign Relations of the United States Diplomatic Papers, 1936, Volume III, The Near East and Africa (Washington: Government Printing Office, 1953), 528–529.",
            CitationRecords.CiteAsHistorian(d586));
    }
}
