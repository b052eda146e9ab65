using System.Linq;
using DocGen.Cli;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// `docgen export` builds the runtime <see cref="ArchiveDocument"/> from the parser's model without compiling
/// anything; it must hold exactly what the generated code builds for the same file: both are compared with the
/// parsed model, every public member (ModelMatch).
/// </summary>
public class CliMappingTests
{
    /// <summary>A range date and a section DocGen has no property for (kept in Fields).</summary>
    private const string WithField = "**1945-1946**  \n**Notes on the Conference**\n\n**Archival Note:**\n\nFound loose in the file.\n\nThe notes.\n";

    [Theory]
    [InlineData(TestDocuments.Telegram)]
    [InlineData(TestDocuments.Memo)]
    [InlineData(TestDocuments.Report)]
    [InlineData(TestDocuments.Hostile)]
    [InlineData(WithField)]
    public void MappedAndGeneratedDocumentsBothEqualTheParsedOne(string text)
    {
        var parsed = ArchiveDocumentParser.Parse("/archive/doc.md", text);
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", text) });
        var generated = Assert.Single(GeneratedAssembly.LoadAll(output));

        var mapped = DocumentMapper.ToArchiveDocument(parsed);

        // Both roads against the one model, every public member by reflection; equal to it, so equal to each other.
        DocumentAssert.SameAsParsed(parsed, mapped);
        DocumentAssert.SameAsParsed(parsed, generated);
    }

    [Fact]
    public void ExportWritesWhatArchiveAllWritesInTheSameOrder()
    {
        // File names that run against the catalog's order, so file order and All's order differ.
        var texts = new[] { TestDocuments.Telegram, TestDocuments.Memo, TestDocuments.Report, WithField };
        var folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "docgen-order-" + System.Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        try
        {
            var files = texts.Select((text, i) => (Path: System.IO.Path.Combine(folder, (char)('z' - i) + ".md"), Text: text)).ToList();
            files.ForEach(file => System.IO.File.WriteAllText(file.Path, file.Text));
            var (_, _, output) = GeneratorHarness.Run(files.Select(file => GeneratorHarness.File(file.Path, file.Text)).ToArray());
            var all = GeneratedAssembly.LoadAll(output);
            using var exported = new System.IO.StringWriter();
            using var error = new System.IO.StringWriter();

            var exit = Cli.Cli.Run(new[] { "export", folder, "--format", "csl-json", "--accessed", "2024-03-01" }, exported, error, errorIsTerminal: false);

            Assert.Equal((0, string.Empty), (exit, error.ToString()));
            Assert.Equal(all.ToCslJson(new CalendarDay(2024, 3, 1)), exported.ToString());
            var fileOrder = files.OrderBy(file => file.Path, System.StringComparer.Ordinal).Select(file => ArchiveDocumentParser.Parse(file.Path, file.Text).Id);
            Assert.NotEqual(fileOrder, all.Select(d => d.Id));
        }
        finally
        {
            System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public void TheComparedDocumentsAreRich()
    {
        var mapped = DocumentMapper.ToArchiveDocument(ArchiveDocumentParser.Parse("/archive/doc.md", TestDocuments.Telegram));

        // The comparison above proves little on empty documents: these hold a value in every kind of member.
        Assert.NotNull(mapped.Url);
        Assert.NotNull(mapped.Citation);
        Assert.NotEmpty(mapped.Sources);
        Assert.NotEmpty(mapped.Sources[0].Locators);
        Assert.NotEmpty(mapped.Body);
        Assert.True(mapped.Date.IsKnown);
        var withField = DocumentMapper.ToArchiveDocument(ArchiveDocumentParser.Parse("/archive/notes.md", WithField));
        Assert.Equal("Found loose in the file.", withField.Fields["Archival Note"]);
        Assert.True(withField.Date.IsRange);
        Assert.Equal(new[] { "Ambassador Example" }, mapped.Authors);
        Assert.Equal("en", mapped.CitedLanguage);
    }
}
