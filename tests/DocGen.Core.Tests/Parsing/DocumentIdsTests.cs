using DocGen.Core.Formats.Markdown;

namespace DocGen.Core.Tests.Parsing;

/// <summary>The id a URL gives: its document segment, or "" (and the file name instead) when its path names no document.</summary>
public class DocumentIdsTests
{
    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/112106", "112106")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/112106/", "112106")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/112106?lang=en#top", "112106")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/record-of-a-conversation", "record-of-a-conversation")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/./112106", "112106")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/112106/../112107", "112107")]
    [InlineData("https://digitalarchive.wilsoncenter.org/collection/document/112106", "112106")]
    public void TheDocumentSegmentIsTheId(string url, string id) => Assert.Equal(id, DocumentIds.FromUrl(url));

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document")]
    [InlineData("https://digitalarchive.wilsoncenter.org/DOCUMENT/")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/../..")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/112106/..")]
    [InlineData("https://digitalarchive.wilsoncenter.org/./.")]
    [InlineData("https://digitalarchive.wilsoncenter.org/")]
    [InlineData("https://digitalarchive.wilsoncenter.org")]
    [InlineData("")]
    [InlineData(null)]
    public void APathThatNamesNoDocumentGivesNoId(string? url) => Assert.Equal(string.Empty, DocumentIds.FromUrl(url));

    [Theory]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/")]
    [InlineData("https://digitalarchive.wilsoncenter.org/document/../..")]
    public void ADocumentWhoseUrlNamesNoDocumentTakesTheFileName(string url)
    {
        var text = "**May 1, 1950**  \n**Note on Trade**\n\n**Citation:**\n\n\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1. <" + url + ">\n\nBody.\n";

        var document = ArchiveDocumentParser.Parse("/archive/note-on-trade.md", text);

        Assert.Equal("note-on-trade", document.Id);
        Assert.Contains(document.Problems, p => p.Code == Problems.ProblemCode.InvalidUrl && p.Argument == url);
    }
}
