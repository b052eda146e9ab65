using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>The title is the quoted text before the date, whatever quotes, commas or brackets it holds.</summary>
public class CitationTitleTests
{
    [Theory]
    // Current form: straight quotes, comma after the closing quote.
    [InlineData("\"Ciphered Telegram No. 512, Filippov to Roshchin\", July 9, 1950, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 334, l. 12.",
        "Ciphered Telegram No. 512, Filippov to Roshchin")]
    // Older PDF export: curly quotes with the comma inside them, which is not part of the title.
    [InlineData("\u201CCable from R. Example to the Department of State on the Zonal Border,\u201D May 2, 1954, History and Public Policy Program Digital Archive, NARA, RG 59, 762A.00/5-254 <http://digitalarchive.wilsoncenter.org/document/900001>",
        "Cable from R. Example to the Department of State on the Zonal Border")]
    // Single quotes, brackets and commas inside the title.
    [InlineData("\"Trade Bureau [Ministry of Commerce, Ruritania], 'Summary of Talks Between Minister Vale and Envoy Orlov'\", March 3, 1966, Wilson Center Digital Archive, Ruritanian State Archive, File B'0117 (Microfilm).",
        "Trade Bureau [Ministry of Commerce, Ruritania], 'Summary of Talks Between Minister Vale and Envoy Orlov'")]
    // Single-quoted phrase right before the comma that sits inside the closing quote.
    [InlineData("\"Hungarian Support for the KGB against 'Hostile Émigré Groups',\" 1981, History and Public Policy Program Digital Archive, Hungarian State Security Archive, Fond 3, Record 7B, Document 12.",
        "Hungarian Support for the KGB against 'Hostile Émigré Groups'")]
    // Nested double quotes: the title ends at the last quote before the date, not at the first inner one.
    [InlineData("\"Note on the \"Green Light\", \"Red Line\" Plans\", March 2, 1960, Wilson Center Digital Archive, APRF, f. 3, op. 65, d. 9.",
        "Note on the \"Green Light\", \"Red Line\" Plans")]
    // A title that names the archive itself must not be taken for the archive.
    [InlineData("\"Remarks on the Wilson Center Digital Archive, 1995\", June 5, 1996, Wilson Center Digital Archive, Archive of the Example Institute, Box 4.",
        "Remarks on the Wilson Center Digital Archive, 1995")]
    // ... even when an inner quote precedes it: the words between that quote and the name are no date.
    [InlineData("\"On the \"Archive\" and the Wilson Center Digital Archive, 1990\", June 5, 1991, Wilson Center Digital Archive, APRF, f. 1, d. 2.",
        "On the \"Archive\" and the Wilson Center Digital Archive, 1990")]
    // No comma between the inner quote and the name: those words are still title.
    [InlineData("\"On the \"Archive\" Wilson Center Digital Archive, 1990\", June 5, 1991, Wilson Center Digital Archive, APRF, f. 1, d. 2.",
        "On the \"Archive\" Wilson Center Digital Archive, 1990")]
    // A lower-case stretch before "Digital Archive" is running text, not an archive's name.
    [InlineData("\"On \"Archive\", and the Wilson Center Digital Archive, 1990\", June 5, 1991, Wilson Center Digital Archive, APRF, f. 1, d. 2.",
        "On \"Archive\", and the Wilson Center Digital Archive, 1990")]
    [InlineData("\"On \"Archive\" Work, Wilson Center Digital Archive, 1990\", June 5, 1991, Wilson Center Digital Archive, APRF, f. 1, d. 2.",
        "On \"Archive\" Work, Wilson Center Digital Archive, 1990")]
    // German low-high quotes.
    [InlineData("\u201EVermerk \u00FCber das Gespr\u00E4ch mit Botschafter Falin\u201C, 3. Mai 1971, Wilson Center Digital Archive, PA AA, B 150, Bd. 203.",
        "Vermerk \u00FCber das Gespr\u00E4ch mit Botschafter Falin")]
    public void TitleIsTheQuotedText(string citation, string title)
    {
        var parts = CitationParser.Parse(citation);

        Assert.Equal(title, parts.Title);
        Assert.Equal(title, citation.Substring(parts.TitleRange.Start, parts.TitleRange.Length));
    }

    [Fact]
    public void UnquotedTextHasNoTitle()
    {
        // Without quotes nothing says where a title would end, so none is guessed.
        var parts = CitationParser.Parse("Telegram from Sofia, 1979, Wilson Center Digital Archive, BArch, DY 30/1234.");

        Assert.Null(parts.Title);
        Assert.Equal(default, parts.TitleRange);
        Assert.Equal("Wilson Center Digital Archive", parts.ArchiveName);
    }
}
