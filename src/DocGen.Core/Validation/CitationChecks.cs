using System;
using System.Collections.Generic;
using DocGen.Core.Citations;
using DocGen.Core.Dates;
using DocGen.Core.Formatting;
using DocGen.Core.Model;
using DocGen.Core.Formats.Markdown;
using DocGen.Core.Problems;
using DocGen.Core.Text;

namespace DocGen.Core.Validation;

/// <summary>
/// Checks a citation against itself and the header: its URL, its title and date against the header's, the id it
/// states against other ids in the file, and each archival reference.
/// </summary>
internal static class CitationChecks
{
    private static readonly string[] IdLabels = { "ID", "Record ID", "Document ID", "Document Number" };

    public static void Check(CitationParts citation, TextMap text, string path, string title, ParsedDate date, List<DocumentField> fields, List<ParseProblem> problems)
    {
        CheckUrl(citation, text, path, fields, problems);
        if (citation.Title is { } citedTitle && title.Length > 0 && !TitleComparison.SameTitle(title, citedTitle))
        {
            problems.Add(new ParseProblem(ProblemCode.CitationTitleMismatch, text.Map(citation.TitleRange), citedTitle, title));
        }

        if (citation.DateText is { } citedDate && date.IsKnown)
        {
            var parsed = DateParser.Parse(citedDate);
            if (parsed.IsKnown && parsed.Edtf != date.Edtf)
            {
                problems.Add(new ParseProblem(ProblemCode.CitationDateMismatch, text.Map(citation.DateRange), citedDate, date.Text));
            }
        }

        CheckReferences(citation, text, problems);
    }

    private const string NotAbsolute = "is not an absolute http(s) URL";

    private const string NamesNoDocument = "names no document: its path ends in no id (the file name is the id instead)";

    private static void CheckUrl(CitationParts citation, TextMap text, string path, List<DocumentField> fields, List<ParseProblem> problems)
    {
        if (citation.Url is not { } url)
        {
            return;
        }

        var span = text.Map(citation.UrlRange);
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || (uri.Scheme != "http" && uri.Scheme != "https") || uri.Host.IndexOf('.') < 0)
        {
            problems.Add(new ParseProblem(ProblemCode.InvalidUrl, span, url, NotAbsolute));
            return;
        }

        var id = DocumentIds.FromUrl(url);
        if (id.Length == 0)
        {
            // "/document/", "/document/../..": the id falls back to the file name, so there is nothing to compare.
            problems.Add(new ParseProblem(ProblemCode.InvalidUrl, span, url, NamesNoDocument));
            return;
        }

        var stem = DocumentIds.FromPath(path);
        if (IsNumber(id) && IsNumber(stem) && id != stem)
        {
            problems.Add(new ParseProblem(ProblemCode.IdMismatch, span, id, "the file name says " + stem));
        }

        foreach (var field in fields)
        {
            foreach (var label in IdLabels)
            {
                if (string.Equals(field.Label, label, StringComparison.OrdinalIgnoreCase) && field.Value.Trim() != id)
                {
                    problems.Add(new ParseProblem(ProblemCode.IdMismatch, span, id, "the " + field.Label + " section says " + field.Value.Trim()));
                }
            }
        }
    }

    private static void CheckReferences(CitationParts citation, TextMap text, List<ParseProblem> problems)
    {
        var ranges = ReferenceRanges.Of(citation);
        for (var i = 0; i < ranges.Length; i++)
        {
            var reference = citation.References[i];
            if (ranges[i].Length == 0)
            {
                continue;
            }

            var at = ranges[i].Start;
            var from = ranges[i].End;
            if (!reference.IsShelfmark)
            {
                problems.Add(new ParseProblem(ProblemCode.NotAShelfmark, text.Map(ranges[i]), reference.Raw));
                continue;
            }

            var within = at;
            foreach (var locator in reference.Locators)
            {
                // Only within the reference's own text: a value it does not hold must not send the search to the end.
                var valueAt = within < from ? citation.Text.IndexOf(locator.Value, within, from - within, StringComparison.Ordinal) : -1;
                ScanSteps.Add((valueAt < 0 ? from : valueAt + locator.Value.Length) - within);
                if (valueAt < 0)
                {
                    continue;
                }

                within = valueAt + locator.Value.Length;
                if (locator.Kind is "list" or "page" or "" && LeafRange.IsReversed(locator.Value))
                {
                    problems.Add(new ParseProblem(ProblemCode.ReversedRange, text.Map(new TextRange(valueAt, locator.Value.Length)), (locator.Label + " " + locator.Value).Trim()));
                }
            }
        }
    }

    private static bool IsNumber(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        foreach (var c in text)
        {
            if (c < '0' || c > '9')
            {
                return false;
            }
        }

        return true;
    }
}
