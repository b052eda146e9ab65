using System.Collections.Generic;
using System.Runtime.CompilerServices;
using DocGen.Core.Citations;
using DocGen.Core.Dates;
using DocGen.Core.Model;
using DocGen.Core.Problems;
using DocGen.Core.Text;
using DocGen.Core.Validation;

namespace DocGen.Core.Formats.Markdown;

/// <summary>
/// Parses one document of the archive's Markdown export: header (date, title), labelled sections, body.
/// Never throws: whatever is wrong becomes a <see cref="ParseProblem"/> with the exact span it is about.
/// </summary>
public static class ArchiveDocumentParser
{
    /// <summary>Files larger than this many characters are reported and not parsed, unless the caller sets another limit.</summary>
    public const int DefaultMaxLength = 8 * 1024 * 1024;

    [MethodImpl(Jit.Optimized)]
    public static ParsedDocument Parse(string path, string text, int maxLength = DefaultMaxLength)
    {
        if (FileSizeLimit.Exceeded(path, text, maxLength) is { } tooLarge)
        {
            return tooLarge;
        }

        var problems = new List<ParseProblem>();

        var lines = new LineIndex(text);
        InvisibleCharacters.Find(lines, problems);
        var header = HeaderReader.Read(lines, 0);
        if (header.Title is null && header.Date is null)
        {
            var empty = IsBlank(text);
            problems.Add(new ParseProblem(empty ? ProblemCode.EmptyDocument : ProblemCode.NotArchiveFormat, FirstLineSpan(lines)));
            return ParsedDocument.Unusable(path, problems.ToArray());
        }

        ReportUnclosed(header.Date, problems);
        ReportUnclosed(header.Title, problems);
        var (title, titleSpan) = ReadTitle(lines, header, problems);
        var (date, dateSpan) = ReadDate(lines, header, problems);
        var (sections, body) = SectionReader.Read(lines, header.NextLine);
        var builder = new DocumentBuilder(path, title, titleSpan, date, dateSpan);
        builder.AddSections(sections, problems);
        builder.SetBody(ReadBody(lines, body));
        if (!builder.HasCitationSection && title.Length > 0)
        {
            problems.Add(new ParseProblem(ProblemCode.MissingCitation, titleSpan));
        }

        return builder.Build(problems);
    }

    [MethodImpl(Jit.Optimized)]
    private static (string Title, SourceSpan Span) ReadTitle(LineIndex lines, Header header, List<ParseProblem> problems)
    {
        if (header.Title is { } block && block.Text.Text.Length > 0)
        {
            return (block.Text.Text, Header.SpanOf(block));
        }

        var at = header.Date is { } date ? Header.SpanOf(date) : FirstLineSpan(lines);
        problems.Add(new ParseProblem(ProblemCode.MissingTitle, at));
        return (string.Empty, at);
    }

    [MethodImpl(Jit.Optimized)]
    private static (ParsedDate Date, SourceSpan Span) ReadDate(LineIndex lines, Header header, List<ParseProblem> problems)
    {
        if (header.Date is not { } block)
        {
            var at = header.Title is { } title ? lines.Span(title.FirstLine, 0, 0) : FirstLineSpan(lines);
            problems.Add(new ParseProblem(ProblemCode.MissingDate, at));
            return (ParsedDate.Unknown(string.Empty), at);
        }

        var span = Header.SpanOf(block);
        var date = DateParser.Parse(block.Text.Text);
        if (!date.IsKnown && !UndatedMarkers.Is(block.Text.Text))
        {
            problems.Add(new ParseProblem(ProblemCode.UnparseableDate, span, block.Text.Text, DateFaultMessages.For(date.Fault)));
        }

        return (date, span);
    }

    [MethodImpl(Jit.Optimized)]
    private static void ReportUnclosed(BoldBlock? block, List<ParseProblem> problems)
    {
        if (block is { IsClosed: false })
        {
            problems.Add(new ParseProblem(ProblemCode.UnclosedBold, Header.SpanOf(block)));
        }
    }

    [MethodImpl(Jit.Optimized)]
    private static List<string> ReadBody(LineIndex lines, List<Paragraph> paragraphs)
    {
        // Body lines keep their own line breaks: bodies hold letterheads, lists and signatures, not wrapped prose.
        var body = new List<string>(paragraphs.Count);
        foreach (var paragraph in paragraphs)
        {
            body.Add(paragraph.Text(lines, "\n"));
        }

        return body;
    }

    private static SourceSpan FirstLineSpan(LineIndex lines)
    {
        for (var line = 0; line < lines.Count; line++)
        {
            var (column, length) = Paragraph.Trim(lines, line);
            if (length > 0)
            {
                return lines.Span(line, column, length);
            }
        }

        return lines.Span(0, 0, 0);
    }


    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\uFEFF')
            {
                return false;
            }
        }

        return true;
    }
}
