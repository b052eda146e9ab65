using System;
using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Fuzz.Tests.Infrastructure;

/// <summary>
/// What docs/format.md promises about any parse, checked on every fuzz case beyond "did not throw": spans lie inside
/// the text and agree with their line and column, one-line values hold no line break, body lines are trimmed, the
/// size limit is honoured, and parsing is a pure function.
/// </summary>
public static class ParserInvariants
{
    public static void Check(string path, string text, int maxLength, ParsedDocument document)
    {
        Assert.Equal(document.Title.Length > 0, document.IsUsable);
        Assert.False(string.IsNullOrEmpty(document.Id), "every document has an id (URL, else file name)");
        if (text.Length > maxLength)
        {
            var problem = Assert.Single(document.Problems);
            Assert.Equal(ProblemCode.FileTooLarge, problem.Code);
            Assert.False(document.IsUsable);
            return;
        }

        Assert.DoesNotContain(document.Problems, p => p.Code == ProblemCode.FileTooLarge);
        var lines = Lines(text);
        foreach (var problem in document.Problems)
        {
            Assert.True(Enum.IsDefined(problem.Code), "undefined problem code " + problem.Code);
            CheckSpan(lines, text, problem.Span, problem.Code.ToString());
        }

        if (document.IsUsable)
        {
            CheckSpan(lines, text, document.TitleSpan, "TitleSpan");
            CheckSpan(lines, text, document.DateSpan, "DateSpan");
            CheckSpan(lines, text, document.CitationSpan, "CitationSpan");
            CheckSpan(lines, text, document.UrlSpan, "UrlSpan");
            Assert.True(document.SourceSpans.Count == document.Sources.Count, "one span per source");
            foreach (var span in document.SourceSpans)
            {
                CheckSpan(lines, text, span, "SourceSpans");
            }
        }

        OneLine("Title", document.Title, trimmed: true);
        OneLine("Date.Text", document.Date.Text, trimmed: true);
        OneLine("Summary", document.Summary, trimmed: true);
        OneLine("Contents", document.Contents, trimmed: true);
        OneLine("Citation", document.Citation, trimmed: false);
        foreach (var field in document.Fields)
        {
            OneLine("Fields[" + field.Label + "]", field.Value, trimmed: false);
            OneLine("Fields label", field.Label, trimmed: true);
        }

        foreach (var paragraph in document.Body)
        {
            Assert.False(paragraph.Length == 0, "a body paragraph is never empty");
            foreach (var line in paragraph.Split('\n'))
            {
                Assert.False(line.Length == 0, "a body line is never empty: " + Show.Text(paragraph));
                OneLine("Body line", line, trimmed: true);
            }
        }

        // A pure function: the same text gives an equal model.
        Assert.Equal(document, ArchiveDocumentParser.Parse(path, text, maxLength));
    }

    private static void OneLine(string name, string? value, bool trimmed)
    {
        if (value is null)
        {
            return;
        }

        Assert.False(value.Any(Markers.IsLineBreak), name + " holds a line break: " + Show.Text(value));
        if (trimmed && value.Length > 0)
        {
            Assert.False(char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1]), name + " is not trimmed: " + Show.Text(value));
        }
    }

    /// <summary>Line starts and lengths as the format defines them: Roslyn's line breaks, a leading BOM outside line 0.</summary>
    public static List<(int Start, int Length)> Lines(string text)
    {
        var lines = new List<(int, int)>();
        var start = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
        for (var i = start; i < text.Length; i++)
        {
            if (Markers.IsLineBreak(text[i]))
            {
                lines.Add((start, i - start));
                if (text[i] == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }

                start = i + 1;
            }
        }

        lines.Add((start, text.Length - start));
        return lines;
    }

    private static void CheckSpan(List<(int Start, int Length)> lines, string text, SourceSpan span, string what)
    {
        var context = $"{what} span {span} in a text of {text.Length} chars, {lines.Count} lines";
        Assert.True(span.Start >= 0 && span.Length >= 0 && span.End <= text.Length, context + ": outside the text");
        Assert.True(span.StartLine >= 0 && span.StartLine <= span.EndLine && span.EndLine < lines.Count, context + ": lines out of order or range");
        Assert.True(span.StartColumn >= 0 && span.StartColumn <= lines[span.StartLine].Length, context + ": start column past its line");
        Assert.True(span.EndColumn >= 0 && span.EndColumn <= lines[span.EndLine].Length, context + ": end column past its line");
        Assert.True(span == default || lines[span.StartLine].Start + span.StartColumn == span.Start, context + ": start offset disagrees with its line and column");
        Assert.True(span == default || lines[span.EndLine].Start + span.EndColumn == span.End, context + ": end offset disagrees with its line and column");
    }
}
