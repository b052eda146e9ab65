using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>The online archive is any comma-separated name ending in "Digital Archive".</summary>
public class CitationArchiveNameTests
{
    [Theory]
    [InlineData("\"Minutes of a Politburo Session\", May 4, 1961, Wilson Center Digital Archive, APRF, f. 3, op. 12, d. 1005.", "Wilson Center Digital Archive")]
    [InlineData("\"Minutes of a Politburo Session,\" May 4, 1961, History and Public Policy Program Digital Archive, APRF, f. 3, op. 12, d. 1005.", "History and Public Policy Program Digital Archive")]
    [InlineData("\"Minutes of a Politburo Session\", May 4, 1961, Parallel History Project Digital Archive, APRF, f. 3, op. 12, d. 1005.", "Parallel History Project Digital Archive")]
    // Archive as the last part before the credits, with no shelfmark.
    [InlineData("\"Minutes of a Politburo Session\", May 4, 1961, Wilson Center Digital Archive. Donated by the Example Foundation.", "Wilson Center Digital Archive")]
    public void ArchiveNameIsRecognised(string citation, string archive)
    {
        var parts = CitationParser.Parse(citation);

        Assert.Equal(archive, parts.ArchiveName);
        Assert.Equal(archive, citation.Substring(parts.ArchiveNameRange.Start, parts.ArchiveNameRange.Length));
    }

    [Fact]
    public void DigitalArchivesInProseIsNotTheArchive()
    {
        // "Digital Archives" (plural, followed by more words) is prose, not the online archive's name.
        var parts = CitationParser.Parse("\"On Building Digital Archives for Historians\", 2004, Example Press.");

        Assert.Null(parts.ArchiveName);
        Assert.Equal(default, parts.ArchiveNameRange);
    }
}
