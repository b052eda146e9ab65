using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocGen.Core.Formats.Markdown;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// The generator's side of the build files' contract, in process: it takes a resource name only in the shape the
/// targets make, it names every option value it cannot use (DG0036), and the targets' default size limit is the
/// parser's.
/// </summary>
public class BuildFileRulesTests
{
    [Theory]
    [InlineData("DocGen.Archive.0123456789abcdef", true)]
    [InlineData("DocGen.Archive/archive/doc.md", true)]
    [InlineData("DocGen.Archive/semi;colon.md", false)]
    [InlineData("DocGen.Archive/line\nbreak.md", false)]
    [InlineData("DocGen.Archive/per%41cent.md", false)]
    [InlineData("DocGen.Archive/a b.md", false)]
    [InlineData("", false)]
    public void OnlyNamesOfSafeCharactersAreUsed(string name, bool valid)
    {
        Assert.Equal(valid, ResourceNames.IsValid(name));
        Assert.False(ResourceNames.IsValid(new string('a', ResourceNames.MaxLength + 1)));
    }

    [Fact]
    public void AFileWhoseResourceNameIsNotSafeGetsLiterals()
    {
        var archive = EmbeddedArchive.OfBytes(new[] { ("/archive/doc.md", "DocGen.Archive/doc;cut.md", System.Text.Encoding.UTF8.GetBytes(TestDocuments.Memo)) });

        var (_, result, output) = archive.Run();

        Assert.DoesNotContain(result.GeneratedTrees, t => t.ToString().Contains("ArchiveText.Load", System.StringComparison.Ordinal));
        Assert.Equal(ArchiveDocumentParser.Parse("/archive/doc.md", TestDocuments.Memo).Title, Assert.Single(GeneratedAssembly.LoadAll(output)).Title);
    }

    [Fact]
    public void EveryOptionValueTheGeneratorCannotUseIsNamed()
    {
        var options = new Dictionary<string, string>(GeneratorHarness.ConsumerOptions)
        {
            ["build_property.DocGenMaxFileSize"] = "16MB",
            ["build_property.DocGenEmbedDocuments"] = "maybe",
            ["build_property.DocGenDocumentMembers"] = "yes",
            ["build_property.DocGenWarningsAsErrors"] = "1",
        };

        var (_, result, output) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", TestDocuments.Telegram) }, options);

        var messages = result.Diagnostics.Where(d => d.Id == "DG0036").Select(d => d.GetMessage()).OrderBy(m => m, System.StringComparer.Ordinal).ToArray();
        Assert.Equal(new[]
        {
            "The MSBuild property DocGenDocumentMembers is 'yes', which is not true or false, so true is used; correct the value, or remove the property",
            "The MSBuild property DocGenEmbedDocuments is 'maybe', which is not true or false, so true is used; correct the value, or remove the property",
            "The MSBuild property DocGenMaxFileSize is '16MB', which is not a whole number from 1 to 999999999 written with digits (such as 16777216), so 8388608 is used; correct the value, or remove the property",
            "The MSBuild property DocGenWarningsAsErrors is '1', which is not true or false, so false is used; correct the value, or remove the property",
        }, messages);
        Assert.Single(GeneratedAssembly.LoadAll(output));

        var (_, clean, _) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", TestDocuments.Telegram) }, new Dictionary<string, string>(GeneratorHarness.ConsumerOptions)
        {
            ["build_property.DocGenMaxFileSize"] = "16777216",
            ["build_property.DocGenEmbedDocuments"] = "False",
            ["build_property.DocGenDocumentMembers"] = "TRUE",
        });
        Assert.DoesNotContain(clean.Diagnostics, d => d.Id == "DG0036");
    }

    [Theory]
    [InlineData("999999999", false)]
    [InlineData("1000000000", true)]
    [InlineData("2147483647", true)]
    public void TheGeneratorAndTheTargetsAcceptTheSameFileSizes(string size, bool invalid)
    {
        // The targets embed by the limit only when their nine-digit pattern matches; the generator must read the same values.
        var targets = System.IO.File.ReadAllText(Repository.Path("src", "DocGen.Generator", "buildTransitive", "DocGen.targets"));
        var pattern = System.Text.RegularExpressions.Regex.Match(targets, @"IsMatch\('\$\(DocGenMaxFileSize\)', '([^']*)'\)").Groups[1].Value;
        Assert.Equal(!invalid, System.Text.RegularExpressions.Regex.IsMatch(size, pattern));

        var options = new Dictionary<string, string>(GeneratorHarness.ConsumerOptions) { ["build_property.DocGenMaxFileSize"] = size };
        var (_, result, _) = GeneratorHarness.Run(new[] { GeneratorHarness.File("/archive/doc.md", TestDocuments.Telegram) }, options);
        Assert.Equal(invalid, result.Diagnostics.Any(d => d.Id == "DG0036"));
    }

    [Fact]
    public void TheTargetsDefaultSizeLimitIsTheParsers()
    {
        var targets = XDocument.Load(Repository.Path("src", "DocGen.Generator", "buildTransitive", "DocGen.targets"));
        var limit = targets.Descendants().First(e => e.Name.LocalName == "_DocGenMaxFileSize" && e.Attribute("Condition") is null).Value;
        Assert.Equal(ArchiveDocumentParser.DefaultMaxLength.ToString(System.Globalization.CultureInfo.InvariantCulture), limit);
    }
}
