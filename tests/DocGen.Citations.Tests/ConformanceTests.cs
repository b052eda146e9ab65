using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Text.Json.Nodes;
using DocGen.Citations.Tests.Infrastructure;
using DocGen.Core.Citations;
using DocGen.Core.Model;
using Xunit.Abstractions;

namespace DocGen.Citations.Tests;

using CitationForm = DocGen.Core.Formatting.CitationForm;
using CitationMarkup = DocGen.Core.Formatting.CitationMarkup;
using CitationStyle = DocGen.Core.Formatting.CitationStyle;
using CalendarDay = DocGen.Core.Formatting.CalendarDay;

/// <summary>
/// DocGen's citations against citeproc-js with the official CSL styles: for every corpus document, every style, every
/// form, plain text and HTML, DocGen's string must equal citeproc's for the CSL-JSON DocGen itself exports.
/// </summary>
public sealed class ConformanceTests
{
    private static readonly (CitationStyle Style, string Csl)[] Styles =
    {
        (CitationStyle.ChicagoNotesBibliography, "chicago-notes-bibliography"),
        (CitationStyle.ChicagoAuthorDate, "chicago-author-date"),
        (CitationStyle.Apa, "apa"),
        (CitationStyle.Mla, "modern-language-association"),
    };

    private static readonly (CitationForm Form, string Oracle)[] Forms =
    {
        (CitationForm.Bibliography, "bibliography"),
        (CitationForm.Note, "citation"),
        (CitationForm.ShortNote, "subsequent"),
    };

    private static readonly (CitationMarkup Markup, string Oracle)[] Markups =
    {
        (CitationMarkup.PlainText, "text"),
        (CitationMarkup.Html, "html"),
    };

    private static readonly CalendarDay?[] Accessed = { null, new CalendarDay(2024, 3, 1) };

    private readonly ITestOutputHelper _output;

    public ConformanceTests(ITestOutputHelper output) => _output = output;

    [CiteprocFact]
    public void EveryStyleFormAndMarkupEqualsCiteproc()
    {
        var documents = CorpusDocuments.All();
        // Every document twice: as it is, and with an access date (which styles print only for undated documents).
        var items = new List<string>();
        foreach (var accessed in Accessed)
        {
            for (var i = 0; i < documents.Count; i++)
            {
                var item = JsonNode.Parse(CitationRecords.ToCslJson(documents[i], accessed))!;
                item["id"] = Key(i, accessed);
                items.Add(item.ToJsonString());
            }
        }

        var oracle = Citeproc.Run(items);
        var compared = 0;
        var mismatches = new StringBuilder();
        var count = 0;
        foreach (var (style, csl) in Styles)
        {
            foreach (var accessed in Accessed)
            for (var i = 0; i < documents.Count; i++)
            {
                foreach (var (form, oracleForm) in Forms)
                {
                    foreach (var (markup, format) in Markups)
                    {
                        var expected = (string)oracle[csl]![Key(i, accessed)]![oracleForm]![format]!;
                        var actual = CitationRecords.Cite(documents[i], style, form, markup, accessed);
                        compared++;
                        if (!string.Equals(expected, actual, StringComparison.Ordinal))
                        {
                            count++;
                            mismatches.Append(style).Append(' ').Append(form).Append(' ').Append(markup).Append(accessed is null ? " " : " accessed ").AppendLine(Path.GetFileName(documents[i].Path))
                                .Append("  citeproc: ").AppendLine(expected)
                                .Append("  DocGen:   ").AppendLine(actual);
                        }
                    }
                }
            }
        }

        _output.WriteLine($"{documents.Count} documents x 2 (without, with an access date) x {Styles.Length} styles x {Forms.Length} forms x {Markups.Length} markups: {compared} compared, {compared - count} equal, {count} differ.");
        if (Environment.GetEnvironmentVariable("DOCGEN_CITATIONS_DUMP") is { Length: > 0 } dump)
        {
            File.WriteAllText(dump, string.Join("\n", items) + "\n\n" + mismatches);
        }

        Assert.Equal(documents.Count * 2 * Styles.Length * Forms.Length * Markups.Length, compared);
        Assert.True(count == 0, $"{count} of {compared} citations differ from citeproc:\n{mismatches}");
    }

    private static string Key(int index, CalendarDay? accessed) =>
        (accessed is null ? "d" : "a") + index.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
