using System.Linq;
using DocGen.Core.Formats.Markdown;
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
    [InlineData("**1945**  \n**Notes**\n\n**Archival Note:**\n\nFirst.\n\n**Archival Note:**\n\nSecond.\n\nThe notes.\n")]
    public void CompiledDocumentEqualsParsedDocument(string text)
    {
        var (_, _, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", text) });
        Assert.Empty(GeneratorHarness.CompileProblems(output));
        var parsed = ArchiveDocumentParser.Parse("/archive/doc.md", text);

        var document = Assert.Single(GeneratedAssembly.LoadAll(output));

        DocumentAssert.SameAsParsed(parsed, document);
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
        const string type = "Consumer.ArchiveDocuments.TelegramFromAmbassadorExampleToTheForeignMinistryConstants";

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
            [System.ComponentModel.Description(TelegramFromAmbassadorExampleToTheForeignMinistryConstants.Title)]
            public static class Uses
            {
                public static int Pick(string id) => id switch
                {
                    TelegramFromAmbassadorExampleToTheForeignMinistryConstants.Id => 1,
                    _ => 0,
                };
            }
            """;
        var driver = GeneratorHarness.Driver(new[] { GeneratorHarness.File("/archive/telegram.md", TestDocuments.Telegram) });

        driver.RunGeneratorsAndUpdateCompilation(GeneratorHarness.Compilation(consumer), out var output, out _);

        Assert.Empty(GeneratorHarness.CompileProblems(output));
    }
}
