using System.Linq;
using DocGen.Core.Dates;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Problems;

namespace DocGen.Core.Tests.Parsing;

/// <summary>The document layout: header, wrapped titles, sections, body; written-for-the-test documents.</summary>
public class ArchiveDocumentParserTests
{
    private const string Full = "\n\n**June 5, 1951**  \n**Ciphered Telegram No. 1, Alpha [Beta] to  \nGamma, for Cde. Delta**\n\n"
        + "**Citation:**\n\n\"Ciphered Telegram No. 1, Alpha [Beta] to Gamma, for Cde. Delta\", June 5, 1951, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3, ll. 4-5. <https://digitalarchive.wilsoncenter.org/document/123456>\n\n"
        + "**Summary:**\n\nA summary.\n\n**Original Language:**\n\nRussian, Chinese\n\n**Contents:**\n\nTranslation - English\n\n"
        + "FIRST PARAGRAPH\n\nSecond paragraph.\n";

    [Fact]
    public void ReadsEverySectionOfAFullDocument()
    {
        var document = ArchiveDocumentParser.Parse("/a/full.md", Full);

        Assert.Equal("Ciphered Telegram No. 1, Alpha [Beta] to Gamma, for Cde. Delta", document.Title);
        Assert.Equal("June 5, 1951", document.Date.Text);
        Assert.Equal("1951-06-05", document.Date.Edtf);
        Assert.Equal("A summary.", document.Summary);
        Assert.Equal(new[] { "Russian", "Chinese" }, document.OriginalLanguages);
        Assert.Equal(new[] { "ru", "zh" }, document.LanguageTags);
        Assert.Equal("Translation - English", document.Contents);
        Assert.Equal(new[] { "FIRST PARAGRAPH", "Second paragraph." }, document.Body);
        Assert.StartsWith("\"Ciphered Telegram No. 1", document.Citation);
        Assert.EndsWith("ll. 4-5. https://digitalarchive.wilsoncenter.org/document/123456", document.Citation);
        Assert.Empty(document.Fields);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void SpansPointAtTheWrappedTitleAndTheDate()
    {
        var document = ArchiveDocumentParser.Parse("/a/full.md", Full);

        Assert.Equal((2, 2, 2, 14), (document.DateSpan.StartLine, document.DateSpan.StartColumn, document.DateSpan.EndLine, document.DateSpan.EndColumn));
        Assert.Equal((3, 2, 4, 21), (document.TitleSpan.StartLine, document.TitleSpan.StartColumn, document.TitleSpan.EndLine, document.TitleSpan.EndColumn));
        Assert.Equal("June 5, 1951", Full.Substring(document.DateSpan.Start, document.DateSpan.Length));
        Assert.Equal((8, 0), (document.CitationSpan.StartLine, document.CitationSpan.StartColumn));
    }

    [Fact]
    public void SpansPointAtTheUrlAndEachSource()
    {
        var text = Full.Replace("APRF, f. 1, op. 2, d. 3, ll. 4-5.", "APRF, f. 1, op. 2, d. 3, ll. 4-5; and\nRGASPI, f. 5, op. 6, d. 7.");

        var document = ArchiveDocumentParser.Parse("/a/full.md", text);

        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/123456", text.Substring(document.UrlSpan.Start, document.UrlSpan.Length));
        Assert.Equal((9, 28, 9, 83), (document.UrlSpan.StartLine, document.UrlSpan.StartColumn, document.UrlSpan.EndLine, document.UrlSpan.EndColumn));
        Assert.Equal(
            new[] { "APRF, f. 1, op. 2, d. 3, ll. 4-5", "RGASPI, f. 5, op. 6, d. 7" },
            document.SourceSpans.Select(s => text.Substring(s.Start, s.Length)));
        Assert.Equal(9, document.SourceSpans[1].StartLine);
        Assert.Equal(0, document.SourceSpans[1].StartColumn);
    }

    [Fact]
    public void NoUrlNoUrlSpan() =>
        Assert.Equal(default, ArchiveDocumentParser.Parse("/a/full.md", Full.Replace(" <https://digitalarchive.wilsoncenter.org/document/123456>", string.Empty)).UrlSpan);

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\r")]
    public void LineEndingsDoNotChangeTheModelOrColumns(string newline)
    {
        var expected = ArchiveDocumentParser.Parse("/a/full.md", Full);

        var actual = ArchiveDocumentParser.Parse("/a/full.md", Full.Replace("\n", newline));

        // Offsets differ with the line ends; the content and every line/column must not.
        Assert.Equal(WithoutSpans(expected), WithoutSpans(actual));
        Assert.Equal(expected.Problems.Select(p => (p.Code, p.Span.StartLine, p.Span.StartColumn)), actual.Problems.Select(p => (p.Code, p.Span.StartLine, p.Span.StartColumn)));
        Assert.Equal((expected.TitleSpan.StartLine, expected.TitleSpan.StartColumn, expected.TitleSpan.EndLine, expected.TitleSpan.EndColumn), (actual.TitleSpan.StartLine, actual.TitleSpan.StartColumn, actual.TitleSpan.EndLine, actual.TitleSpan.EndColumn));
    }

    private static Model.ParsedDocument WithoutSpans(Model.ParsedDocument document) =>
        document with
        {
            TitleSpan = default, DateSpan = default, CitationSpan = default, UrlSpan = default, SourceSpans = Model.EquatableArray<Core.Text.SourceSpan>.Empty,
            Problems = Model.EquatableArray<ParseProblem>.Empty,
        };

    /// <summary>Every span's lines and columns (not offsets, which count the line ends and a byte order mark).</summary>
    private static object[] LinesAndColumns(Model.ParsedDocument document) =>
        new[] { document.DateSpan, document.TitleSpan, document.CitationSpan, document.UrlSpan }.Concat(document.SourceSpans).Concat(document.Problems.Select(p => p.Span))
            .Select(s => (object)(s.StartLine, s.StartColumn, s.EndLine, s.EndColumn))
            .ToArray();

    [Fact]
    public void ByteOrderMarkWithCrLfGivesTheSameModelAndColumns()
    {
        // The header on the very first line, right after the byte order mark, so its column shows whether the mark counts.
        var lf = Full.TrimStart('\n');
        var expected = ArchiveDocumentParser.Parse("/a/full.md", lf);

        var actual = ArchiveDocumentParser.Parse("/a/full.md", "\uFEFF" + lf.Replace("\n", "\r\n"));

        Assert.Equal(WithoutSpans(expected), WithoutSpans(actual));
        Assert.Equal(LinesAndColumns(expected), LinesAndColumns(actual));
        Assert.Equal((0, 2, 0, 14), (actual.DateSpan.StartLine, actual.DateSpan.StartColumn, actual.DateSpan.EndLine, actual.DateSpan.EndColumn));
        Assert.Equal((1, 2), (actual.TitleSpan.StartLine, actual.TitleSpan.StartColumn));
    }

    [Fact]
    public void ReferencesJoinedByABareAndAreTwoSources()
    {
        const string text = "**June 5, 1951**  \n**Telegram on Supplies**\n\n**Citation:**\n\n"
            + "\"Telegram on Supplies\", June 5, 1951, Wilson Center Digital Archive, APRF, f. 3, op. 65, d. 9, ll. 1-4 and RGASPI, f. 17, op. 162, d. 22, l. 5. "
            + "<https://digitalarchive.wilsoncenter.org/document/123456>\n\nBody.\n";

        var document = ArchiveDocumentParser.Parse("/a/and.md", text);

        Assert.Equal(
            new[]
            {
                "APRF: f./fond/3 | op./opis/65 | d./delo/9 | ll./list/1-4 (APRF, f. 3, op. 65, d. 9, ll. 1-4)",
                "RGASPI: f./fond/17 | op./opis/162 | d./delo/22 | l./list/5 (RGASPI, f. 17, op. 162, d. 22, l. 5)",
            },
            document.Sources.Select(s => s.Repository + ": " + string.Join(" | ", s.Locators.Select(l => l.Label + "/" + l.Kind + "/" + l.Value)) + " (" + s.Raw + ")"));
        Assert.Equal("123456", document.Id);
        Assert.Empty(document.Problems);
    }

    [Fact]
    public void ByteOrderMarkIsNotText()
    {
        var expected = ArchiveDocumentParser.Parse("/a/full.md", Full);

        var actual = ArchiveDocumentParser.Parse("/a/full.md", "\uFEFF" + Full);

        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Body, actual.Body);
        Assert.Equal(expected.TitleSpan.StartColumn, actual.TitleSpan.StartColumn);
    }

    [Fact]
    public void BodyLinesThatLookLikeMarkdownOrLabelsStayBody()
    {
        const string text = "**1979**  \n**Plain Title**\n\n**Summary:**\n\nShort.\n\n# Heading-like\n\n1. numbered\n\n- dashed\n\n[...]\n\nSummary\n\nTo: the Ministry\n\n**Citation:**\n\nnot a section any more\n";

        var document = ArchiveDocumentParser.Parse("/a/body.md", text);

        Assert.Equal("Short.", document.Summary);
        Assert.Equal(new[] { "# Heading-like", "1. numbered", "- dashed", "[...]", "Summary", "To: the Ministry", "**Citation:**", "not a section any more" }, document.Body);
        Assert.Null(document.Citation);
    }

    [Fact]
    public void BodyParagraphKeepsItsLineBreaks()
    {
        var document = ArchiveDocumentParser.Parse("/a/p.md", "**1979**  \n**T**\n\n**Summary:**\n\nS.\n\nline one  \nline two\n");

        Assert.Equal(new[] { "line one\nline two" }, document.Body);
    }

    [Fact]
    public void UnknownSectionsAreKeptAsFields()
    {
        var document = ArchiveDocumentParser.Parse("/a/f.md", "**1979**  \n**T**\n\n**Keywords:**\n\nKorean War; armistice\n\n**Summary:**\n\nS.\n\nBody.\n");

        var field = Assert.Single(document.Fields);
        Assert.Equal(("Keywords", "Korean War; armistice"), (field.Label, field.Value));
        Assert.Equal("S.", document.Summary);
        var problem = Assert.Single(document.Problems, p => p.Code == ProblemCode.UnknownSection);
        Assert.Equal((3, 0), (problem.Span.StartLine, problem.Span.StartColumn));
    }

    [Fact]
    public void MissingSectionsLeaveNullsAndReportOnlyTheMissingCitation()
    {
        var document = ArchiveDocumentParser.Parse("/a/m.md", "**April 1955**  \n**Only a Title**\n\nJust a body.\n");

        Assert.Null(document.Summary);
        Assert.Null(document.Citation);
        Assert.Null(document.Url);
        Assert.Null(document.Contents);
        Assert.Empty(document.OriginalLanguages);
        Assert.Equal(new[] { "Just a body." }, document.Body);
        Assert.Equal("m", document.Id);
        Assert.Equal(new[] { ProblemCode.MissingCitation }, document.Problems.Select(p => p.Code));
    }

    [Fact]
    public void TitleWithoutDateLineReportsTheMissingDate()
    {
        var document = ArchiveDocumentParser.Parse("/a/t.md", "**A Title That Is Not a Date**\n\n**Summary:**\n\nS.\n");

        Assert.Equal("A Title That Is Not a Date", document.Title);
        Assert.False(document.Date.IsKnown);
        Assert.Contains(document.Problems, p => p.Code == ProblemCode.MissingDate);
    }

    [Fact]
    public void UnreadableDateIsQuotedInTheProblem()
    {
        var document = ArchiveDocumentParser.Parse("/a/d.md", "**Sometime in spring**  \n**Title**\n");

        var problem = Assert.Single(document.Problems, p => p.Code == ProblemCode.UnparseableDate);
        Assert.Equal("Sometime in spring", problem.Argument);
        Assert.Equal((0, 2, 0, 20), (problem.Span.StartLine, problem.Span.StartColumn, problem.Span.EndLine, problem.Span.EndColumn));
        Assert.Equal("Title", document.Title);
    }

    [Theory]
    [InlineData("", ProblemCode.EmptyDocument)]
    [InlineData(" \n\t\n", ProblemCode.EmptyDocument)]
    [InlineData("# README\n\nText.", ProblemCode.NotArchiveFormat)]
    public void FilesWithoutAHeaderAreUnusable(string text, ProblemCode code)
    {
        var document = ArchiveDocumentParser.Parse("/a/x.md", text);

        Assert.False(document.IsUsable);
        Assert.Equal(code, Assert.Single(document.Problems).Code);
    }

    [Fact]
    public void EmptyAndDuplicateSectionsAreReported()
    {
        var document = ArchiveDocumentParser.Parse("/a/s.md", "**1979**  \n**T**\n\n**Summary:**\n\n**Summary:**\n\nSecond.\n");

        Assert.Equal(new[] { ProblemCode.EmptySection, ProblemCode.DuplicateSection, ProblemCode.MissingCitation }, document.Problems.Select(p => p.Code));
        Assert.Null(document.Summary);
    }

    [Fact]
    public void NonLatinTitlesAndNestedQuotesSurvive()
    {
        var document = ArchiveDocumentParser.Parse("/a/n.md", "**1942**  \n**Письмо Сталину от \"Ли 'Чан'\" [Ким]  \n毛泽东**\n");

        Assert.Equal("Письмо Сталину от \"Ли 'Чан'\" [Ким] 毛泽东", document.Title);
        Assert.Equal(DatePrecision.Year, document.Date.Start.Precision);
    }

    [Fact]
    public void EqualTextGivesEqualModels()
    {
        Assert.Equal(ArchiveDocumentParser.Parse("/a/full.md", Full), ArchiveDocumentParser.Parse("/a/full.md", new string(Full.ToCharArray())));
        Assert.NotEqual(ArchiveDocumentParser.Parse("/a/full.md", Full), ArchiveDocumentParser.Parse("/a/full.md", Full + "\nMore.\n"));
    }
}
