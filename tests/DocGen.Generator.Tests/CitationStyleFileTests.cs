using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace DocGen.Generator.Tests;

/// <summary>
/// CSL styles (.csl) and locales (locales-xx-XX.xml) added as AdditionalFiles: each checked at build time, a problem a
/// diagnostic at its line and column (DG0050–DG0054), a usable one a typed value for ArchiveDocument.Cite.
/// </summary>
public sealed class CitationStyleFileTests
{
    private static readonly string Journal = File.ReadAllText(Repository.Path("tests", "DocGen.Citations.Tests", "Styles", "historical-journal.csl"));

    private const string German = """
        <?xml version="1.0" encoding="utf-8"?>
        <locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="de-DE">
          <date form="text"><date-part name="day" suffix=". "/><date-part name="month" suffix=" "/><date-part name="year"/></date>
          <terms><term name="accessed">zugegriffen</term><term name="month-03">März</term></terms>
        </locale>
        """;

    private static string Style(string layout, string attributes = "") =>
        "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"note\" version=\"1.0\"" + attributes + ">\n<citation>\n<layout>" + layout + "</layout>\n</citation>\n</style>";

    private static (GeneratorDriver Driver, GeneratorRunResult Result, Compilation Output) Run(params AdditionalText[] cslFiles)
    {
        var files = new List<AdditionalText> { GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo) };
        files.AddRange(cslFiles);
        var (driver, result, output) = GeneratorHarness.Run(files);
        return (driver, result.Results.Single(), output);
    }

    private static Diagnostic Single(GeneratorRunResult result, string id) =>
        Assert.Single(result.Diagnostics, d => d.Id.StartsWith("DG005", System.StringComparison.Ordinal) && d.Id == id);

    [Fact]
    public void A_style_and_a_locale_become_typed_values_that_cite()
    {
        var (_, result, output) = Run(GeneratorHarness.File("/project/Styles/historical-journal.csl", Journal), GeneratorHarness.File("/project/Styles/locales-de-DE.xml", German));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var catalog = GeneratedAssembly.LoadCatalog(output);
        var document = Assert.Single((IEnumerable<ArchiveDocument>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!);
        var styles = catalog.Assembly.GetType("Consumer.CitationStyles")!;
        var locales = catalog.Assembly.GetType("Consumer.CitationLocales")!;
        var style = (CslCitationStyle)styles.GetProperty("HistoricalJournal")!.GetValue(null)!;
        var locale = (CslLocale)locales.GetProperty("DeDE")!.GetValue(null)!;
        Assert.Same(style, styles.GetProperty("HistoricalJournal")!.GetValue(null));
        Assert.Equal("de-DE", locale.Language);
        var note = document.Cite(style, CitationForm.Note, CitationMarkup.PlainText, locale);
        Assert.True(note.Contains("Memorandum on the Harbour Question"), note);
        var accessed = document.Cite(style, CitationForm.Note, CitationMarkup.PlainText, locale, new CalendarDay(2024, 3, 1));
        Assert.True(accessed.Contains("(zugegriffen 1. März 2024)"), accessed);
        Assert.Equal(document.Cite(CslCitationStyle.Parse(Journal), CitationForm.Note, CitationMarkup.PlainText, CslLocale.Parse(German)), note);
    }

    [Theory]
    [InlineData(LanguageVersion.CSharp7_3)]
    [InlineData(LanguageVersion.Latest)]
    public void The_generated_styles_compile_from_csharp_7_3(LanguageVersion version)
    {
        var files = new[] { GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo), GeneratorHarness.File("/project/Styles/historical-journal.csl", Journal) };
        var compilation = GeneratorHarness.Compilation();
        compilation = compilation.WithOptions(compilation.Options.WithNullableContextOptions(version == LanguageVersion.CSharp7_3 ? NullableContextOptions.Disable : NullableContextOptions.Enable));
        GeneratorHarness.Driver(files, parseOptions: new CSharpParseOptions(version)).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        Assert.Contains(output.SyntaxTrees, tree => tree.FilePath.EndsWith("CitationStyles.g.cs", System.StringComparison.Ordinal));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Fact]
    public void A_locale_file_is_not_read_as_an_archive_document()
    {
        var (_, result, output) = Run(GeneratorHarness.File("/project/Archive/locales-de-DE.xml", German));
        Assert.Empty(result.Diagnostics);
        Assert.Single(GeneratedAssembly.LoadAll(output));
    }

    [Theory]
    [InlineData("<text variable=\"title\">", "DG0050", 3, 34)]
    [InlineData("<text macro=\"author\"/>", "DG0051", 3, 15)]
    [InlineData("<text variable=\"title\"/><institution/>", "DG0052", 3, 34)]
    public void A_style_problem_is_located_and_the_style_is_left_out(string layout, string id, int line, int column)
    {
        var (_, result, output) = Run(GeneratorHarness.File("/project/Styles/bad.csl", Style(layout)));

        var diagnostic = Single(result, id);
        var place = diagnostic.Location.GetLineSpan();
        Assert.Equal("/project/Styles/bad.csl", place.Path);
        Assert.Equal((line, column), (place.StartLinePosition.Line + 1, place.StartLinePosition.Character + 1));
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.DoesNotContain(output.SyntaxTrees, tree => tree.FilePath.EndsWith("CitationStyles.g.cs", System.StringComparison.Ordinal));
        Assert.Single(GeneratedAssembly.LoadAll(output));
    }

    [Fact]
    public void A_default_locale_without_its_file_is_reported_at_the_attribute()
    {
        var (_, result, _) = Run(GeneratorHarness.File("/project/Styles/french.csl", Style("<text variable=\"title\"/>", " default-locale=\"fr-FR\"")));
        var place = Single(result, "DG0053").Location.GetLineSpan();
        Assert.Equal((1, 75), (place.StartLinePosition.Line + 1, place.StartLinePosition.Character + 1));

        var (_, withLocale, _) = Run(
            GeneratorHarness.File("/project/Styles/french.csl", Style("<text variable=\"title\"/>", " default-locale=\"fr-FR\"")),
            GeneratorHarness.File("/project/Styles/locales-fr-FR.xml", German.Replace("de-DE", "fr-FR")));
        Assert.Empty(withLocale.Diagnostics);
    }

    [Fact]
    public void Two_styles_with_one_name_keep_the_first_by_path()
    {
        var style = Style("<text variable=\"title\"/>");
        var (_, result, output) = Run(GeneratorHarness.File("/project/b/historical_journal.csl", style), GeneratorHarness.File("/project/a/historical-journal.csl", style));

        var diagnostic = Single(result, "DG0054");
        Assert.Equal("/project/b/historical_journal.csl", diagnostic.Location.GetLineSpan().Path);
        Assert.Contains("'HistoricalJournal', like '/project/a/historical-journal.csl'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Fact]
    public void Editing_a_document_reuses_the_styles_and_editing_a_style_reruns_them_alone()
    {
        var memo = GeneratorHarness.File("/project/Archive/memo.md", TestDocuments.Memo);
        var journal = GeneratorHarness.File("/project/Styles/historical-journal.csl", Journal);
        var locale = GeneratorHarness.File("/project/Styles/locales-de-DE.xml", German);
        var (driver, _, _) = GeneratorHarness.Run(new[] { memo, journal, locale });
        var steps = new[] { TrackingNames.CslFiles, TrackingNames.CitationStyles };

        var afterDocument = driver.ReplaceAdditionalText(memo, GeneratorHarness.File(memo.Path, TestDocuments.Memo.Replace("only paragraph.", "only paragraph, edited.")))
            .RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        Assert.Empty(StepRuns.Modified(afterDocument, steps));

        var afterStyle = driver.ReplaceAdditionalText(journal, GeneratorHarness.File(journal.Path, Journal.Replace("Historical Journal (DocGen test style)", "Historical Journal")))
            .RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        Assert.Equal(new Dictionary<string, int> { [TrackingNames.CslFiles] = 1, [TrackingNames.CitationStyles] = 1 }, StepRuns.Modified(afterStyle, steps));
    }
}
