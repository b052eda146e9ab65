using System;
using System.Diagnostics;
using System.Linq;
using System.Text;
using DocGen.Core.Citations;

namespace DocGen.Core.Tests.Citations;

/// <summary>
/// The parser runs inside a source generator, where an exception wipes all output and a slow parse stalls the IDE:
/// it must never throw and must stay linear on hostile input.
/// </summary>
public class CitationRobustnessTests
{
    private const int Megabyte = 1 << 20;

    [Fact]
    public void RandomTextNeverThrowsAndRangesMatchValues()
    {
        // Random mixes of the characters the parser reacts to, plus arbitrary UTF-16 (including lone surrogates).
        const string alphabet = "\"\u201C\u201D\u201E,.;:<>()[] andDigital Archive http://f. op. No. RG 1 2 A";
        var random = new Random(20240611);
        for (var n = 0; n < 3000; n++)
        {
            var builder = new StringBuilder();
            var length = random.Next(0, 200);
            for (var i = 0; i < length; i++)
            {
                builder.Append(random.Next(4) == 0 ? (char)random.Next(0, 0x10000) : alphabet[random.Next(alphabet.Length)]);
            }

            AssertConsistent(builder.ToString());
        }
    }

    [Fact]
    public void ShuffledCitationFragmentsNeverThrow()
    {
        // Pieces of real citation syntax in random order reach the deeper paths (splits, colon rule, fallbacks).
        string[] fragments =
        {
            "\"", "\u201C", "\u201D", ",", ", ", ". ", ";", "; and ", " and ", ":", "(", ")", "[", "]", " ",
            "Wilson Center Digital Archive", "Digital Archive", "June 5, 1951", "1979", "n.d.", "APRF", "RGASPI",
            "f. 45", "op.1", "d. 339", "ll. 17-18", "RGANI fond 5", "Record Group 59", "Issue 220: Features",
            "File A\u20190392 (Microfilm)", "B 136/59748", "No. 5", "Cde. Mao", "U.S.", "Obtained by X.",
            "Translated for NKIDP by Y.", "<https://example.org/d/1>", "http://example.org/2", "<http://x", ">",
        };
        var random = new Random(77);
        for (var n = 0; n < 20000; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(0, 25);
            for (var i = 0; i < count; i++)
            {
                builder.Append(fragments[random.Next(fragments.Length)]);
            }

            AssertConsistent(builder.ToString());
        }
    }

    // Every part found is the text its range points at, and references are shelfmarks exactly when they have a repository.
    private static void AssertConsistent(string text)
    {
        var parts = CitationParser.Parse(text);

        Assert.Equal(text, parts.Text);
        AssertPart(text, parts.Title, parts.TitleRange);
        AssertPart(text, parts.DateText, parts.DateRange);
        AssertPart(text, parts.ArchiveName, parts.ArchiveNameRange);
        AssertPart(text, parts.SourceText, parts.SourceRange);
        AssertPart(text, parts.Url, parts.UrlRange);
        foreach (var reference in parts.References)
        {
            Assert.False(string.IsNullOrWhiteSpace(reference.Raw));
            Assert.Equal(reference.Repository is not null, reference.IsShelfmark);
        }
    }

    private static void AssertPart(string text, string? value, TextRange range)
    {
        if (value is null)
        {
            Assert.Equal(default, range);
            return;
        }

        Assert.True(range.Start >= 0 && range.End <= text.Length, $"range {range} outside text of {text.Length}");
        Assert.Equal(value, text.Substring(range.Start, range.Length));
    }

    [Theory]
    [InlineData("\"", "Digital Archive, ")]                                // open quote never closed, many archive candidates
    [InlineData("\"T\"", ", , , , Digital Archive,")]                     // every candidate rejected for its long "date"
    [InlineData("\"T\", 1950, Wilson Center Digital Archive, APRF, f. 1", " and and")]  // bare "and" everywhere
    [InlineData("\"T\", 1950, Wilson Center Digital Archive, ", "APRF, f. 1 and RGASPI, op. 2, ")]  // many real splits
    [InlineData("\"T\", 1950, Wilson Center Digital Archive, X", ". A")]    // many sentence-end candidates
    [InlineData("", "<http://x")]                                         // unclosed URL brackets
    [InlineData("", "((([[[ \u201C\u201D")]                                // unbalanced brackets and quotes
    [InlineData("\"T\", 1950, Wilson Center Digital Archive, APRF, f. 1 and", "                ")]  // long blank tail
    public void MegabyteOfHostileTextIsParsedWhole(string head, string repeated)
    {
        var text = head + string.Concat(Enumerable.Repeat(repeated, Megabyte / repeated.Length));

        var parts = CitationParser.Parse(text);
        ShelfmarkParser.Parse(text);

        // No wall-clock bound here (it failed on a loaded machine, not on slow code): linear time is measured as a
        // ratio between sizes in the same run by the fuzz suite's LinearTimeTests.
        Assert.Equal(text, parts.Text);
    }

    [Fact]
    public void ShelfmarkParserAcceptsNullAndEmpty()
    {
        Assert.True(ShelfmarkParser.Parse(string.Empty).IsEmpty);
        Assert.True(ShelfmarkParser.Parse(null!).IsEmpty);
    }
}
