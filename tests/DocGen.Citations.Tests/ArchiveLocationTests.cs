using System.Text.Json;
using DocGen.Core.Citations;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Citations.Tests;

/// <summary>
/// The CSL-JSON <c>archive_location</c> of a parsed document is its shelfmark as written: whole when its parts are
/// joined by ";", without a credit that follows a ";", and without the description that follows its full stop.
/// </summary>
public sealed class ArchiveLocationTests
{
    [Theory]
    [InlineData("RGANI, f. 89, op. 46, d. 1. Department of International Information, 1978-1991, microfilm reel 1.004.", "RGANI, f. 89, op. 46, d. 1")]
    [InlineData("RGANI, f. 89, op. 46, d. 1. 1978-1991, International Department, microfilm reel 1.004.", "RGANI, f. 89, op. 46, d. 1")]
    [InlineData("RGANI, Fond 89. Opis 46. Delo 1. International Department, 1978-1991.", "RGANI, Fond 89. Opis 46. Delo 1")]
    [InlineData("Romanian Ministry of Foreign Affairs Archive, Year 1956; Issue 12; Country: Korea. Translated by Ann Roe.",
        "Romanian Ministry of Foreign Affairs Archive, Year 1956; Issue 12; Country: Korea")]
    [InlineData("AAN, KC PZPR, XI A/14, k. 30-36; Translated for CWIHP by L.W. Gluchowski.", "AAN, KC PZPR, XI A/14, k. 30-36")]
    public void ArchiveLocationIsTheShelfmark(string source, string location)
    {
        var citation = "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, " + source + " " + TestDocuments.NoteUrl;
        var document = ArchiveDocumentParser.Parse("/tests/500100.md", TestDocuments.Note(citation: citation));

        using var json = JsonDocument.Parse(CitationRecords.ToCslJson(document));

        Assert.Equal(location, json.RootElement.GetProperty("archive_location").GetString());
        Assert.Equal("Wilson Center Digital Archive", json.RootElement.GetProperty("archive").GetString());
    }
}
