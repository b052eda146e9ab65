using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// DocGenCitationStyle naming a .csl style added as an AdditionalFile: the FormattedCitation constants render in it at
/// build time, equal to Cite(CitationStyles.X) at run time; a name that is no style stays DG0027.
/// </summary>
public sealed class CitationStyleConstantTests
{
    private const string TypeName = "Consumer.ArchiveDocuments.TelegramFromAmbassadorExampleToTheForeignMinistryConstants";
    private const string JournalPath = "/project/Styles/historical-journal.csl";
    private static readonly string Journal = File.ReadAllText(Repository.Path("tests", "DocGen.Citations.Tests", "Styles", "historical-journal.csl"));

    private static Dictionary<string, string> Options(string style) =>
        new() { ["build_property.RootNamespace"] = "Consumer", ["build_property.DocGenCitationStyle"] = style };

    private static AdditionalText[] Files(string journal) =>
        new[] { GeneratorHarness.File("/archive/doc.md", TestDocuments.Telegram), GeneratorHarness.File(JournalPath, journal) };

    // A small en-US locale of the tests' own: what the journal's bibliography asks of a locale for this record.
    private const string English = """
        <?xml version="1.0" encoding="utf-8"?>
        <locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
          <style-options punctuation-in-quote="true"/>
          <date form="text"><date-part name="month" suffix=" "/><date-part name="day" suffix=", "/><date-part name="year"/></date>
          <terms>
            <term name="open-quote">“</term><term name="close-quote">”</term><term name="in">in</term>
            <term name="recipient" form="verb">to</term><term name="month-03">March</term>
          </terms>
        </locale>
        """;

    private static (ArchiveDocument Document, System.Type Catalog) Load(Compilation output)
    {
        var catalog = GeneratedAssembly.LoadCatalog(output);
        return (Assert.Single((IEnumerable<ArchiveDocument>)catalog.GetProperty("All", BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!), catalog);
    }

    private static object Generated(System.Type catalog, string type, string member) =>
        catalog.Assembly.GetType("Consumer." + type)!.GetProperty(member, BindingFlags.Public | BindingFlags.Static)!.GetValue(null)!;

    [Theory]
    [InlineData("HistoricalJournal")]
    [InlineData("historicaljournal")]
    [InlineData("historical-journal")]
    [InlineData(" Historical-Journal.csl ")]
    public void The_constant_is_the_runtime_citation_in_the_named_style_file_and_its_locale(string property)
    {
        var files = Files(Journal).Append(GeneratorHarness.File("/project/Styles/locales-en-US.xml", English));
        var (_, result, output) = GeneratorHarness.Run(files, Options(property));

        Assert.Empty(result.Diagnostics);
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var constant = (string)GeneratedAssembly.Constant(output, TypeName, "FormattedCitation")!;
        var (document, catalog) = Load(output);
        var style = (CslCitationStyle)Generated(catalog, "CitationStyles", "HistoricalJournal");
        var locale = (CslLocale)Generated(catalog, "CitationLocales", "EnUS");
        Assert.Equal(document.Cite(style, CitationForm.Bibliography, CitationMarkup.PlainText, locale), constant);
        // The journal's bibliography entry in the locale's terms, not a built-in style's.
        Assert.Equal(
            "Ambassador Example. “Telegram from Ambassador Example to the Foreign Ministry,” to Foreign Ministry, March 2, 1953. [in en]. Wilson Center Digital Archive, AVPRF, f. 7, op. 2, d. 30, ll. 4-5; and RGASPI, f. 17, op. 3, d. 9, l. 12. https://digitalarchive.wilsoncenter.org/document/900001.",
            constant);
    }

    [Fact]
    public void Without_a_file_for_its_locale_the_constant_is_the_runtime_citation_with_none()
    {
        var (_, result, output) = GeneratorHarness.Run(Files(Journal), Options("HistoricalJournal"));

        Assert.Empty(result.Diagnostics);
        var constant = (string)GeneratedAssembly.Constant(output, TypeName, "FormattedCitation")!;
        var (document, catalog) = Load(output);
        Assert.Equal(document.Cite((CslCitationStyle)Generated(catalog, "CitationStyles", "HistoricalJournal")), constant);
        Assert.StartsWith("Ambassador Example. Telegram from Ambassador Example to the Foreign Ministry, Foreign Ministry. [en].", constant);
    }

    [Fact]
    public void A_name_that_is_no_style_file_is_DG0027_and_the_default_is_used()
    {
        var (_, result, output) = GeneratorHarness.Run(Files(Journal), Options("DiplomaticReview"));

        var warning = Assert.Single(result.Diagnostics, d => d.Id == "DG0027");
        Assert.Contains("'DiplomaticReview'", warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var document = Assert.Single(GeneratedAssembly.LoadAll(output));
        Assert.Equal(document.Cite(DocGen.CitationStyle.ChicagoNotesBibliography), GeneratedAssembly.Constant(output, TypeName, "FormattedCitation"));
    }

    [Fact]
    public void Naming_a_style_file_with_problems_is_DG0027_beside_the_file_s_own_diagnostic()
    {
        var (_, result, output) = GeneratorHarness.Run(Files(Journal.Replace("<text macro=\"archive\"/>\n      </substitute>", "<text macro=\"nowhere\"/>\n      </substitute>")), Options("HistoricalJournal"));

        Assert.Contains(result.Diagnostics, d => d.Id == "DG0051");
        Assert.Contains(result.Diagnostics, d => d.Id == "DG0027");
        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }

    [Fact]
    public void Editing_a_document_reuses_the_constant_style_and_editing_the_chosen_style_reemits_the_constants()
    {
        var files = Files(Journal);
        var (driver, _, _) = GeneratorHarness.Run(files, Options("HistoricalJournal"));
        var steps = new[] { TrackingNames.ConstantStyle, TrackingNames.CitationStyle, TrackingNames.DocumentSources };

        var afterDocument = driver.ReplaceAdditionalText(files[0], GeneratorHarness.File(files[0].Path, TestDocuments.Telegram.Replace("Foreign Ministry.", "Foreign Ministry, edited.")))
            .RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        Assert.False(StepRuns.Modified(afterDocument, steps).ContainsKey(TrackingNames.ConstantStyle));
        Assert.False(StepRuns.Modified(afterDocument, steps).ContainsKey(TrackingNames.CitationStyle));

        var edited = Journal.Replace("<layout suffix=\".\">", "<layout suffix=\"!\">");
        Assert.NotEqual(Journal, edited);
        var rerun = driver.ReplaceAdditionalText(files[1], GeneratorHarness.File(JournalPath, edited))
            .RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(), out var output, out _);
        var modified = StepRuns.Modified(rerun.GetRunResult().Results.Single(), steps);
        Assert.Equal(1, modified[TrackingNames.ConstantStyle]);
        Assert.True(modified[TrackingNames.DocumentSources] > 0);
        Assert.EndsWith("900001!", (string)GeneratedAssembly.Constant(output, TypeName, "FormattedCitation")!);
    }

    [Fact]
    public void Editing_a_style_the_constants_do_not_use_leaves_every_shard_cached()
    {
        var files = Files(Journal);
        var (driver, _, _) = GeneratorHarness.Run(files, Options("Apa"));

        var afterStyle = driver.ReplaceAdditionalText(files[1], GeneratorHarness.File(JournalPath, Journal.Replace("<layout suffix=\".\">", "<layout suffix=\"!\">")))
            .RunGenerators(GeneratorHarness.Compilation()).GetRunResult().Results.Single();
        var modified = StepRuns.Modified(afterStyle, new[] { TrackingNames.CitationStyles, TrackingNames.ConstantStyle, TrackingNames.DocumentSources });
        Assert.Equal(1, modified[TrackingNames.CitationStyles]);
        Assert.False(modified.ContainsKey(TrackingNames.ConstantStyle));
        Assert.False(modified.ContainsKey(TrackingNames.DocumentSources));
    }
}
