using System.Linq;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Problems;

namespace DocGen.Core.Tests.Parsing;

/// <summary>Header and section shapes that are easy to misread: unclosed bold, rules, undated, bold body lines.</summary>
public class HeaderEdgeCaseTests
{
    [Fact]
    public void UnclosedTitleStopsAtTheNextLabelAndIsReported()
    {
        var document = ArchiveDocumentParser.Parse("/a/u.md", "**1950**  \n**Title never closes\n**Citation:**\n\n\"Title never closes\", 1950, Wilson Center Digital Archive, APRF, f. 1, op. 1, d. 1. <https://digitalarchive.wilsoncenter.org/document/1>\n");

        Assert.Equal("Title never closes", document.Title);
        Assert.Equal("1", document.Id);
        var problem = Assert.Single(document.Problems);
        Assert.Equal(ProblemCode.UnclosedBold, problem.Code);
        Assert.Equal((1, 2, 1, 20), (problem.Span.StartLine, problem.Span.StartColumn, problem.Span.EndLine, problem.Span.EndColumn));
    }

    [Fact]
    public void UnclosedDateDoesNotSwallowTheTitle()
    {
        var document = ArchiveDocumentParser.Parse("/a/u.md", "**June 5, 1951\n**The Title**\n\nBody.\n");

        Assert.Equal("June 5, 1951", document.Date.Text);
        Assert.Equal("The Title", document.Title);
        Assert.Contains(document.Problems, p => p.Code == ProblemCode.UnclosedBold && p.Span.StartLine == 0);
    }

    [Theory]
    [InlineData("***\n\nText.\n")]
    [InlineData("****\n\nText.\n")]
    [InlineData("** **\n\nText.\n")]
    public void RulesAndEmptyRunsAreNoHeader(string text)
    {
        var document = ArchiveDocumentParser.Parse("/a/r.md", text);

        Assert.Equal(ProblemCode.NotArchiveFormat, Assert.Single(document.Problems).Code);
    }

    [Fact]
    public void TitleOnlyDocumentWithABoldBodyLine()
    {
        var document = ArchiveDocumentParser.Parse("/a/t.md", "**A Title Without Any Date**\n\n**TOP SECRET**\n\nBody.\n");

        Assert.Equal("A Title Without Any Date", document.Title);
        Assert.Equal(new[] { "**TOP SECRET**", "Body." }, document.Body);
        Assert.Contains(document.Problems, p => p.Code == ProblemCode.MissingDate);
        Assert.DoesNotContain(document.Problems, p => p.Code == ProblemCode.UnparseableDate);
    }

    [Theory]
    [InlineData("Undated")]
    [InlineData("n.d.")]
    [InlineData("No date")]
    public void UndatedIsADeliberateMissingDate(string marker)
    {
        var document = ArchiveDocumentParser.Parse("/a/n.md", $"**{marker}**  \n**Title**\n\n**Citation:**\n\n\"Title\", {marker}, Wilson Center Digital Archive, APRF, f. 1, op. 1, d. 1. <https://digitalarchive.wilsoncenter.org/document/7>\n");

        Assert.False(document.Date.IsKnown);
        Assert.Equal(marker, document.Date.Text);
        Assert.Equal("Title", document.Title);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void UnparseableDateNextToTheTitleIsStillTheDate()
    {
        var document = ArchiveDocumentParser.Parse("/a/d.md", "**Spring of that year**  \n**Title**\n");

        Assert.Equal("Title", document.Title);
        Assert.Contains(document.Problems, p => p.Code == ProblemCode.UnparseableDate && p.Argument == "Spring of that year");
    }

    [Fact]
    public void UnicodeLineSeparatorsEndLinesAsInTheEditor()
    {
        var document = ArchiveDocumentParser.Parse("/a/l.md", "**1950**  \n**Title**\n\n**Summary:**\n\nOne\u2028two\n\n**Keywords:**\n\nk\n");

        var problem = Assert.Single(document.Problems, p => p.Code == ProblemCode.UnknownSection);
        Assert.Equal(8, problem.Span.StartLine);
        Assert.Equal("One two", document.Summary);
    }

    [Fact]
    public void OriginalLanguageAndOriginalLanguagesAreOneSection()
    {
        var document = ArchiveDocumentParser.Parse("/a/o.md", "**1950**  \n**T**\n\n**Original Language:**\n\nRussian\n\n**Original Languages:**\n\nGerman And English\n");

        Assert.Equal(new[] { "Russian" }, document.OriginalLanguages);
        Assert.Contains(document.Problems, p => p.Code == ProblemCode.DuplicateSection);
    }

    [Fact]
    public void LanguagesSplitOnAndIgnoringCase()
    {
        var document = ArchiveDocumentParser.Parse("/a/o.md", "**1950**  \n**T**\n\n**Original Language:**\n\nGerman And English\n");

        Assert.Equal(new[] { "German", "English" }, document.OriginalLanguages);
    }

    [Fact]
    public void EmptyCitationSectionLeavesCitationNull()
    {
        var document = ArchiveDocumentParser.Parse("/a/c.md", "**1950**  \n**T**\n\n**Citation:**\n\n**Summary:**\n\nS.\n");

        Assert.Null(document.Citation);
        Assert.Equal(new[] { ProblemCode.EmptySection }, document.Problems.Select(p => p.Code));
    }

    [Fact]
    public void DocumentWithoutTitleReportsOnlyThat()
    {
        var document = ArchiveDocumentParser.Parse("/a/c.md", "**June 6, 1951**\n\nBody.\n");

        Assert.Equal(new[] { ProblemCode.MissingTitle }, document.Problems.Select(p => p.Code));
    }
}
