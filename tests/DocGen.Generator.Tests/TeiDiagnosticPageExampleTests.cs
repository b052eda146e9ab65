using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Formats.Tei.Authorities;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// The TEI pages' examples are what the reader and the descriptors really give: the page's TEI file, read by
/// <see cref="TeiVolumeReader"/> (and, for its persons and terms lists, <see cref="AuthorityListReader"/>) and mapped as
/// the generator maps problems, prints exactly the page's message line.
/// </summary>
public class TeiDiagnosticPageExampleTests
{
    [Theory]
    [InlineData("DG0040")]
    [InlineData("DG0041")]
    [InlineData("DG0042")]
    [InlineData("DG0043")]
    [InlineData("DG0044")]
    [InlineData("DG0047")]
    [InlineData("DG0048")]
    [InlineData("DG0055")]
    [InlineData("DG0056")]
    [InlineData("DG0057")]
    public void ThePageExampleIsTheMessageLineTheReaderGives(string id)
    {
        var page = File.ReadAllText(Repository.Path("docs", "diagnostics", id + ".md"));
        var path = Regex.Match(page, @"^`(Volumes/[^`]+\.xml)`:$", RegexOptions.Multiline).Groups[1].Value;
        var xml = Regex.Match(page, "```xml\n(.*?)```", RegexOptions.Singleline).Groups[1].Value;
        var line = Regex.Match(page, "```text\n(.*?)\n```", RegexOptions.Singleline).Groups[1].Value;

        var reading = TeiVolumeReader.Read(path, xml);
        var printed = reading.Problems.Concat(reading.Documents.SelectMany(d => d.Problems)).Concat(AuthorityListReader.Read(xml).Problems)
            .Select(problem => ProblemDiagnostics.ToInfo(problem, path, null).ToDiagnostic().ToString());

        Assert.Equal(new[] { line }, printed);
    }
}
