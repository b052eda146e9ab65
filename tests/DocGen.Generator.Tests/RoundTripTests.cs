using System.Linq;
using DocGen.Core.Parsing;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>What the compiled, loaded document holds equals what the parser read, character for character.</summary>
public class RoundTripTests
{
    [Theory]
    [InlineData(TestDocuments.Telegram)]
    [InlineData(TestDocuments.Memo)]
    [InlineData(TestDocuments.Report)]
    [InlineData(TestDocuments.Hostile)]
    public void CompiledDocumentEqualsParsedDocument(string text)
    {
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", text) });
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var parsed = ArchiveDocumentParser.Parse("/archive/doc.md", text);

        var document = Assert.Single(GeneratedAssembly.LoadAll(output));

        Assert.Equal(parsed.Id, document.Id);
        Assert.Equal(parsed.Title, document.Title);
        Assert.Equal(parsed.Url, document.Url);
        Assert.Equal(parsed.Citation, document.Citation);
        Assert.Equal(parsed.ArchiveName, document.ArchiveName);
        Assert.Equal(parsed.Summary, document.Summary);
        Assert.Equal(parsed.Contents, document.Contents);
        Assert.Equal(parsed.Body.ToArray(), document.Body.ToArray());
        Assert.Equal(parsed.OriginalLanguages.ToArray(), document.OriginalLanguages.ToArray());
        Assert.Equal(parsed.LanguageTags.ToArray(), document.LanguageTags.ToArray());
        Assert.Equal(parsed.Date.Text, document.Date.Text);
        Assert.Equal(parsed.Date.Edtf, document.Date.Edtf);
        Assert.Equal(parsed.Sources.Select(s => s.Raw), document.Sources.Select(s => s.Raw));
        Assert.Equal(parsed.Sources.Select(s => s.Repository), document.Sources.Select(s => s.Repository));
        Assert.Equal(
            parsed.Sources.SelectMany(s => s.Locators).Select(l => (l.Label, l.Kind, l.Value)),
            document.Sources.SelectMany(s => s.Locators).Select(l => (l.Label, l.Kind, l.Value)));
    }

    [Fact]
    public void HostileTextSurvivesIntact()
    {
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", TestDocuments.Hostile) });

        var document = Assert.Single(GeneratedAssembly.LoadAll(output));

        Assert.Contains("\"\"\"", document.Title);
        Assert.Contains("</summary>", document.Title);
        Assert.Contains("\u202E", document.Title);
        Assert.Contains("\0", document.Body[0]);
        Assert.Contains("\uD800", document.Body[0]);
        Assert.Contains("line sep\nand para sep\nand lone", document.Body[0]); // U+2028/2029 end lines, as in the editor
        Assert.Equal("#error not a directive", document.Body[1]);
    }

    [Fact]
    public void ConstantsAreCompileTimeConstants()
    {
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/telegram.md", TestDocuments.Telegram) });
        const string type = "Consumer.ArchiveDocuments.TelegramFromAmbassadorExampleToTheForeignMinistry";

        Assert.Equal("Telegram from Ambassador Example to the Foreign Ministry", GeneratedAssembly.Constant(output, type, "Title"));
        Assert.Equal("March 2, 1953", GeneratedAssembly.Constant(output, type, "DateText"));
        Assert.Equal("900001", GeneratedAssembly.Constant(output, type, "Id"));
        Assert.Equal("https://digitalarchive.wilsoncenter.org/document/900001", GeneratedAssembly.Constant(output, type, "Url"));
    }

    [Fact]
    public void ConstantsWorkInAttributesAndSwitchCases()
    {
        const string consumer = """
            using Consumer.ArchiveDocuments;
            [System.ComponentModel.Description(TelegramFromAmbassadorExampleToTheForeignMinistry.Title)]
            public static class Uses
            {
                public static int Pick(string id) => id switch
                {
                    TelegramFromAmbassadorExampleToTheForeignMinistry.Id => 1,
                    _ => 0,
                };
            }
            """;
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.File("/archive/telegram.md", TestDocuments.Telegram) });

        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(consumer), out var output, out _);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }
}
