using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>The date is kept as written: whatever stands between the title and the online archive's name.</summary>
public class CitationDateTests
{
    [Theory]
    [InlineData("\"Letter from Ivanov to Petrov\", August 17, 1949, Wilson Center Digital Archive, RGASPI, f. 82, op. 2, d. 1170.", "August 17, 1949")]
    [InlineData("\"Report from P. Orlov to the CPSU CC\", March 1957, Wilson Center Digital Archive, RGANI fond 5, opis 30, delo 200.", "March 1957")]
    [InlineData("\"Polish Cooperation with the StB\", 1983, History and Public Policy Program Digital Archive, IPN, BU 0296/1, t. 4.", "1983")]
    [InlineData("\u201CCable on the Berlin Sector Talks,\u201D October 30, 1958, History and Public Policy Program Digital Archive, NARA, RG 59, 762.00/10-3058 <http://digitalarchive.wilsoncenter.org/document/900002>", "October 30, 1958")]
    [InlineData("\"Features of Relations\", January 7, 1978 \u2013 September 23, 1978, Wilson Center Digital Archive, AMAE, Folder 12/1978.", "January 7, 1978 \u2013 September 23, 1978")]
    [InlineData("\"Undated Memorandum on Fisheries\", n.d., Wilson Center Digital Archive, NARA, RG 84, Box 12.", "n.d.")]
    public void DateIsTheTextBetweenTitleAndArchive(string citation, string date)
    {
        var parts = CitationParser.Parse(citation);

        Assert.Equal(date, parts.DateText);
        Assert.Equal(date, citation.Substring(parts.DateRange.Start, parts.DateRange.Length));
    }

    [Fact]
    public void MissingDateIsNull()
    {
        var parts = CitationParser.Parse("\"Memorandum on Grain Deliveries\", Wilson Center Digital Archive, RGAE, f. 8040, op. 8, d. 5.");

        Assert.Equal("Memorandum on Grain Deliveries", parts.Title);
        Assert.Null(parts.DateText);
        Assert.Equal(default, parts.DateRange);
        Assert.Equal("Wilson Center Digital Archive", parts.ArchiveName);
    }
}
