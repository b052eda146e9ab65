using System.Collections.Generic;
using System.Linq;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>The compile-time <c>FormattedCitation</c> constant, its MSBuild property, and the citation data the generator passes to the runtime.</summary>
public class CitationConstantTests
{
    private const string TypeName = "Consumer.ArchiveDocuments.TelegramFromAmbassadorExampleToTheForeignMinistryConstants";

    [Theory]
    [InlineData(null, DocGen.CitationStyle.ChicagoNotesBibliography, "Ambassador Example. “Telegram from Ambassador Example to the Foreign Ministry.” March 2, 1953. AVPRF, f. 7, op. 2, d. 30, ll. 4-5; and RGASPI, f. 17, op. 3, d. 9, l. 12. Wilson Center Digital Archive. https://digitalarchive.wilsoncenter.org/document/900001.")]
    [InlineData("apa", DocGen.CitationStyle.Apa, "Ambassador Example. (1953). Telegram from Ambassador Example to the Foreign Ministry. Wilson Center Digital Archive (AVPRF, f. 7, op. 2, d. 30, ll. 4-5; and RGASPI, f. 17, op. 3, d. 9, l. 12). https://digitalarchive.wilsoncenter.org/document/900001")]
    [InlineData(" Mla ", DocGen.CitationStyle.Mla, "Ambassador Example. “Telegram from Ambassador Example to the Foreign Ministry.” 2 Mar. 1953, Wilson Center Digital Archive, AVPRF, f. 7, op. 2, d. 30, ll. 4-5; and RGASPI, f. 17, op. 3, d. 9, l. 12, https://digitalarchive.wilsoncenter.org/document/900001.")]
    [InlineData("ChicagoAuthorDate", DocGen.CitationStyle.ChicagoAuthorDate, "Ambassador Example. 1953. “Telegram from Ambassador Example to the Foreign Ministry.” March 2. AVPRF, f. 7, op. 2, d. 30, ll. 4-5; and RGASPI, f. 17, op. 3, d. 9, l. 12. Wilson Center Digital Archive. https://digitalarchive.wilsoncenter.org/document/900001.")]
    public void ConstantIsTheRuntimeCitationInTheProjectStyle(string? property, DocGen.CitationStyle style, string expected)
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer" };
        if (property is not null)
        {
            options["build_property.DocGenCitationStyle"] = property;
        }

        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", TestDocuments.Telegram) }, options);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        Assert.DoesNotContain(result.Diagnostics, d => d.Id == "DG0027");
        Assert.Equal(expected, GeneratedAssembly.Constant(output, TypeName, "FormattedCitation"));
        var document = Assert.Single(GeneratedAssembly.LoadAll(output));
        Assert.Equal(expected, document.Cite(style));
        Assert.Equal(new[] { "Ambassador Example" }, document.Authors.ToArray());
        Assert.Equal(new[] { "Foreign Ministry" }, document.Recipients.ToArray());
        Assert.Equal("AVPRF, f. 7, op. 2, d. 30, ll. 4-5; and RGASPI, f. 17, op. 3, d. 9, l. 12", document.ArchiveLocation);
        Assert.Equal("en", document.CitedLanguage);
    }

    [Fact]
    public void UnknownStyleIsDG0027AndTheDefaultIsUsed()
    {
        var options = new Dictionary<string, string> { ["build_property.RootNamespace"] = "Consumer", ["build_property.DocGenCitationStyle"] = "Harvard" };

        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", TestDocuments.Telegram) }, options);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var warning = Assert.Single(result.Diagnostics, d => d.Id == "DG0027");
        Assert.Equal(DiagnosticSeverity.Warning, warning.Severity);
        Assert.Equal(Location.None, warning.Location);
        Assert.Equal(
            "DocGenCitationStyle 'Harvard' names no citation style, so ChicagoNotesBibliography is used; use ChicagoNotesBibliography, ChicagoAuthorDate, Apa, Mla or the name of a .csl style added as an AdditionalFile",
            warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        var document = Assert.Single(GeneratedAssembly.LoadAll(output));
        Assert.Equal(document.Cite(DocGen.CitationStyle.ChicagoNotesBibliography), GeneratedAssembly.Constant(output, TypeName, "FormattedCitation"));
    }

    [Fact]
    public void ChicagoConstantOfAnUnpublishedDocumentIsItsFullNote()
    {
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/report.md", TestDocuments.Report) });

        Assert.Equal(
            "“Report on Shipping,” unpublished manuscript, April 1955.",
            GeneratedAssembly.Constant(output, "Consumer.ArchiveDocuments.ReportOnShippingConstants", "FormattedCitation"));
        var document = Assert.Single(GeneratedAssembly.LoadAll(output));
        Assert.Equal(string.Empty, document.Cite(DocGen.CitationStyle.ChicagoNotesBibliography));
    }
}
