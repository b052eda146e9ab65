using System;
using System.Collections.Generic;
using System.Text;
using DocGen.Core.Citations;
using DocGen.Core.Formatting;
using DocGen.Core.Formats.Markdown;
using DocGen.Fuzz.Tests.Infrastructure;
using Xunit.Abstractions;

namespace DocGen.Fuzz.Tests;

using CitationForm = DocGen.Core.Formatting.CitationForm;
using CitationMarkup = DocGen.Core.Formatting.CitationMarkup;
using CitationStyle = DocGen.Core.Formatting.CitationStyle;

/// <summary>
/// Property (d), field by field: every field of a document holds an adversarial run (one punctuation mark over and
/// over, alternating pairs, markers that never close) at n/16 and n characters, and the document is parsed, cited in
/// every style and form and written as CSL-JSON. The work (bytes allocated, characters scanned; see
/// <see cref="Scaling"/>) must grow linearly: about 16 times, never the 256 times of a quadratic step.
/// </summary>
[Collection(TimingCollection.Name)]
public class FieldLinearTimeTests
{
    private const int Size = 64 * 1024;
    private const string Url = "<https://digitalarchive.wilsoncenter.org/document/500100>";

    private readonly ITestOutputHelper _output;

    public FieldLinearTimeTests(ITestOutputHelper output) => _output = output;

    /// <summary>Where the run goes: a document with the run in one field and every other field plain.</summary>
    private static readonly Dictionary<string, Func<string, string>> Fields = new()
    {
        ["date"] = x => Document(date: x),
        ["title"] = x => Document(title: x),
        ["names"] = x => Document(title: "Letter from " + x + " to " + x),
        ["citation title"] = x => Document(citation: "\"" + x + "\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1. " + Url),
        ["citation date"] = x => Document(citation: "\"Note on Trade\", " + x + ", Wilson Center Digital Archive, APRF, f. 1. " + Url),
        ["shelfmarks"] = x => Document(citation: "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, " + x + ". " + Url),
        ["translators"] = x => Document(citation: "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1. Translated by " + x + ". " + Url),
        ["id"] = x => Document(citation: "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1. <https://digitalarchive.wilsoncenter.org/document/" + x + ">"),
        ["summary"] = x => Document(sections: "**Summary:**\n\n" + x + "\n\n"),
        ["languages"] = x => Document(sections: "**Original Language:**\n\n" + x + "\n\n"),
        ["contents"] = x => Document(sections: "**Contents:**\n\n" + x + "\n\n"),
        ["other section"] = x => Document(sections: "**Label:**\n\n" + x + "\n\n"),
        ["section label"] = x => Document(sections: "**" + x + ":**\n\nValue.\n\n"),
        ["body"] = x => Document(body: x),
    };

    /// <summary>The runs: one unit repeated to the length.</summary>
    private static readonly Dictionary<string, string> Shapes = new()
    {
        ["letters"] = "x",
        ["words"] = "the harbour ",
        ["double quotes"] = "\"",
        ["single quotes"] = "'",
        ["curly quotes"] = "\u201C",
        ["asterisks"] = "*",
        ["brackets"] = "[",
        ["parentheses"] = "(",
        ["periods"] = ".",
        ["semicolons"] = ";",
        ["commas"] = ",",
        ["hyphens"] = "-",
        ["quoted words"] = "\"a\" ",
        ["single-quoted words"] = "'a' ",
        ["nested quotes"] = "\"a 'b' ",
        ["apostrophes in words"] = "People's ",
        ["bold words"] = "**a** ",
        ["bracketed words"] = "[a] ",
        ["parenthesised words"] = "(a) ",
        ["unclosed quotes"] = "\"a ",
        ["unclosed brackets"] = "[a ",
        ["unclosed bold"] = "**a ",
        ["stops and colons"] = "a. b: c? ",
        ["shelfmark parts"] = "f. 1, op. 2, ",
        ["date words"] = "June 5, ",
        ["slashes and digits"] = "6/5/",
    };

    public static TheoryData<string, string> Cases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var field in Fields.Keys)
        {
            foreach (var shape in Shapes.Keys)
            {
                cases.Add(field, shape);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryFieldIsParsedAndCitedInLinearWork(string field, string shape) =>
        Scaling.AssertLinear(field + ", " + shape, n => Fields[field](Run(Shapes[shape], n)), Size, ParseAndCite, _output);

    /// <summary>The fields the generator writes out (doc comments, literals, text slices, citation constants).</summary>
    private static readonly string[] GeneratedFields = { "title", "citation title", "shelfmarks", "summary", "other section", "body" };

    /// <summary>The shapes that stress what the generator writes: quotes, markers, characters a literal escapes.</summary>
    private static readonly string[] GeneratedShapes = { "double quotes", "quoted words", "single-quoted words", "asterisks", "unclosed bold" };

    public static TheoryData<string, string> GeneratedCases()
    {
        var cases = new TheoryData<string, string>();
        foreach (var field in GeneratedFields)
        {
            foreach (var shape in GeneratedShapes)
            {
                cases.Add(field, shape);
            }
        }

        return cases;
    }

    /// <summary>The generator's own passes over a field (names, doc comments, literals, citations) in linear work.</summary>
    [Theory]
    [MemberData(nameof(GeneratedCases))]
    public void EveryWrittenFieldGeneratesInLinearWork(string field, string shape) =>
        Scaling.AssertLinear("generator, " + field + ", " + shape, n => Fields[field](Run(Shapes[shape], n)), Size, Generate, _output, singleThreaded: false);

    /// <summary>
    /// The count sees the quadratic scan the allocation count cannot: a title of quotation marks goes through the CSL
    /// processor's rich-text pass (every style and form), whose scans <see cref="DocGen.Csl.CslScanSteps"/> counts. The
    /// small run must count at least its title (so the test cannot pass by counting nothing), and the large one about
    /// k times as much, not the k² of a look ahead from every mark (as an opening ‘ once searched for a closing one).
    /// </summary>
    [Theory]
    [InlineData("\"")]
    [InlineData("\u2018a ")]
    [InlineData("'a ")]
    [InlineData("\"a ")]
    [InlineData("\u201Ca \u2018b ")]
    public void ScannedCharactersOfAQuoteTitleStayLinear(string unit)
    {
        var smallTitle = Run(unit, Size / Scaling.K);
        var small = Scaling.Count(Document(title: smallTitle), ParseAndCite, singleThreaded: true);
        var large = Scaling.Count(Document(title: Run(unit, Size)), ParseAndCite, singleThreaded: true);
        var ratio = (double)large.Steps / Math.Max(1, small.Steps);
        _output.WriteLine($"scanned {small.Steps:N0} -> {large.Steps:N0} (x{ratio:F1})");
        Assert.True(small.Steps >= smallTitle.Length, $"a title of {smallTitle.Length:N0} characters counted {small.Steps:N0} scanned: the processor's pass over it is not counted");
        Assert.True(ratio <= Scaling.K * Scaling.CountSlack, $"a title of {Size:N0} characters of '{unit}' scanned {large.Steps:N0} characters, x{ratio:F1} the title of {smallTitle.Length:N0} (bound x{Scaling.K * Scaling.CountSlack})");
    }

    private static void ParseAndCite(string text)
    {
        var document = ArchiveDocumentParser.Parse("/archive/field.md", text, int.MaxValue);
        if (!document.IsUsable)
        {
            return;
        }

        _ = CitationRecords.ToCslJson(document);
        foreach (var style in (CitationStyle[])Enum.GetValues(typeof(CitationStyle)))
        {
            foreach (var form in (CitationForm[])Enum.GetValues(typeof(CitationForm)))
            {
                _ = CitationRecords.Cite(document, style, form, CitationMarkup.Html);
            }
        }
    }

    private static void Generate(string text)
    {
        var (result, _) = Generation.Run(new[] { FuzzFile.FromText("/archive/field.md", new string(text.AsSpan())) }, int.MaxValue);
        Generation.AssertNoCrash(result);
    }

    private static string Document(string date = "May 1, 1950", string title = "Note on Trade", string? citation = null, string sections = "", string body = "Body.") =>
        $"**{date}**  \n**{title}**\n\n**Citation:**\n\n{citation ?? "\"Note on Trade\", May 1, 1950, Wilson Center Digital Archive, APRF, f. 1, op. 2, d. 3. " + Url}\n\n{sections}{body}\n";

    private static string Run(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString(0, length);
    }
}
