using DocGen.Citations.Tests.Infrastructure;
using DocGen.Core.Citations;

namespace DocGen.Citations.Tests;

using CoreForm = DocGen.Core.Formatting.CitationForm;
using CoreStyle = DocGen.Core.Formatting.CitationStyle;

/// <summary>A FRUS document of the runtime model: its exports as a part of its volume, and its citations equal the generator's.</summary>
public sealed class FrusExportTests
{
    /// <summary>The built Korea volume's document 75 as the generated code builds it (editors with roles, the header's facts).</summary>
    private static ArchiveDocument Document75() => new(
        "frus1969-76v19p1/d75",
        "Telegram From the Embassy in Korea to the Department of State",
        new DocumentDate("November 3, 1970", new DatePoint(1970, 11, 3, DatePrecision.Day), new DatePoint(1970, 11, 3, DatePrecision.Day), false, false, false, "1970-11-03"),
        url: "https://history.state.gov/historicaldocuments/frus1969-76v19p1/d75",
        archiveName: "Office of the Historian",
        authors: new[] { "Embassy in Korea" },
        recipients: new[] { "Department of State" })
    {
        Number = "75",
        Volume = new PublishedVolume(
            "frus1969-76v19p1", "Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972", "Foreign Relations of the United States",
            "1969–1976", "Volume XIX, Part 1", "Korea, 1969–1972",
            new[] { new VolumeEditor("Daniel J. Lawler", "primary"), new VolumeEditor("Erin R. Mahan", "primary"), new VolumeEditor("Edward C. Keefer", "general") },
            "Office of the Historian", "Washington", "2010", DocumentDate.Unknown),
    };

    [Fact]
    public void BibTeXIsAnIncollectionInTheVolume() => Assert.Equal(
        "@incollection{doc-frus1969-76v19p1-d75,\n"
        + "  author = {{Embassy in Korea}},\n"
        + "  title = {Telegram From the Embassy in Korea to the Department of State},\n"
        + "  booktitle = {Korea, 1969–1972},\n"
        + "  editor = {{Daniel J. Lawler} and {Erin R. Mahan}},\n"
        + "  series = {Foreign Relations of the United States},\n"
        + "  number = {1969–1976},\n"
        + "  volume = {Volume XIX, Part 1},\n"
        + "  note = {Document 75},\n"
        + "  publisher = {Office of the Historian},\n"
        + "  location = {Washington},\n"
        + "  date = {2010},\n"
        + "  origdate = {1970-11-03},\n"
        + "  url = {https://history.state.gov/historicaldocuments/frus1969-76v19p1/d75},\n"
        + "}\n",
        Document75().ToBibTeX());

    [Fact]
    public void RisIsAChapterInTheVolume() => Assert.Equal(
        "TY  - CHAP\r\nAU  - Embassy in Korea\r\nTI  - Telegram From the Embassy in Korea to the Department of State\r\n"
        + "T2  - Korea, 1969–1972\r\nA2  - Daniel J. Lawler\r\nA2  - Erin R. Mahan\r\nT3  - Foreign Relations of the United States\r\n"
        + "M1  - 1969–1976\r\nVL  - Volume XIX, Part 1\r\nSE  - Document 75\r\nPB  - Office of the Historian\r\nCY  - Washington\r\nPY  - 2010\r\n"
        + "DA  - 1970/11/03/\r\nUR  - https://history.state.gov/historicaldocuments/frus1969-76v19p1/d75\r\nER  - \r\n",
        Document75().ToRis());

    [Fact]
    public void TheRuntimeAndTheGeneratorCiteTheDocumentAlike()
    {
        var parsed = FrusDocuments.Built().Find(d => d.Id == FrusDocuments.KoreaDocument75)!;
        var runtime = Document75();

        Assert.Equal(CitationRecords.ToCslJson(parsed), runtime.ToCslJson());
        for (var style = 0; style < 4; style++)
        {
            for (var form = 0; form < 3; form++)
            {
                Assert.Equal(CitationRecords.Cite(parsed, (CoreStyle)style, (CoreForm)form), runtime.Cite((CitationStyle)style, (CitationForm)form));
            }
        }

        Assert.Equal(CitationRecords.CiteAsHistorian(parsed), runtime.CiteAsHistorian());
    }
}
