using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// Every diagnostic's help link leads to a page with the four parts users look for, and docs/diagnostics.md lists
/// every id: a new or renamed descriptor cannot ship without its documentation.
/// </summary>
public class DiagnosticPagesTests
{
    private static readonly string[] Parts = { "## When it is reported", "## Example", "## How to fix", "## How to silence or change its severity" };

    private static readonly string[] Ids = DiagnosticDescriptors.Every.Select(d => d.Id).OrderBy(id => id, StringComparer.Ordinal).ToArray();

    [Fact]
    public void EveryDescriptorHasAPageWithItsTitleSeverityCategoryAndTheFourParts()
    {
        Assert.All(DiagnosticDescriptors.Every, descriptor =>
        {
            var page = File.ReadAllLines(Repository.Path("docs", "diagnostics", descriptor.Id + ".md"));

            Assert.Equal($"# {descriptor.Id}: {descriptor.Title}", page[0]);
            Assert.StartsWith($"**Severity:** {Word(descriptor.DefaultSeverity)} · **Category:** `{descriptor.Category}` ·", page[2], StringComparison.Ordinal);
            Assert.Equal(Parts, page.Where(line => line.StartsWith("## ", StringComparison.Ordinal)));

            // Each part says something: a heading followed straight by the next one (or the end) is an empty part.
            foreach (var part in Parts)
            {
                var at = Array.IndexOf(page, part);
                Assert.Contains(page.Skip(at + 1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal)), line => line.Trim().Length > 0);
            }
        });
    }

    [Fact]
    public void EveryPageBelongsToADescriptor()
    {
        var pages = Directory.GetFiles(Repository.Path("docs", "diagnostics"), "*.md").Select(Path.GetFileNameWithoutExtension).OrderBy(id => id, StringComparer.Ordinal);

        Assert.Equal(Ids, pages);
    }

    [Fact]
    public void TheIndexListsEveryIdWithItsSeverityAndPage()
    {
        var rows = File.ReadAllLines(Repository.Path("docs", "diagnostics.md"))
            .Select(line => Regex.Match(line, @"^\| (DG\d{4}) \| (\w+) \| .* \| \[(DG\d{4})\]\(diagnostics/(DG\d{4})\.md\) \|$"))
            .Where(match => match.Success)
            .ToList();

        Assert.Equal(Ids, rows.Select(row => row.Groups[1].Value));
        Assert.All(rows, row =>
        {
            var id = row.Groups[1].Value;
            Assert.Equal(Word(DiagnosticDescriptors.ById(id).DefaultSeverity), row.Groups[2].Value);
            Assert.Equal(id, row.Groups[3].Value);
            Assert.Equal(id, row.Groups[4].Value);
        });
    }

    /// <summary>
    /// A diagnostic located in an archive file takes its severity from global configs only (SampleBuildTests), so a
    /// severity example in the docs is a global config, unless it is a C# section for DG0030, located in C# code.
    /// </summary>
    [Fact]
    public void EverySeverityExampleIsAFormThatWorks()
    {
        var pages = Directory.GetFiles(Repository.Path("docs", "diagnostics"), "*.md").Append(Repository.Path("docs", "diagnostics.md"));
        var examples = pages
            .SelectMany(page => Regex.Matches(File.ReadAllText(page), "```ini\n(.*?)```", RegexOptions.Singleline).Select(m => (Page: Path.GetFileName(page), Text: m.Groups[1].Value)))
            .ToList();

        // One on every page but those that say it in prose (DG0027, and the build targets' DG0034, DG0036, DG0037, DG0038), and the overview's.
        Assert.Equal(55, examples.Count);
        Assert.All(examples, example => Assert.True(
            example.Text.StartsWith("is_global = true\n", StringComparison.Ordinal)
                || (example.Text.StartsWith("[*.cs]\n", StringComparison.Ordinal) && Regex.Matches(example.Text, @"DG\d{4}").All(id => id.Value == "DG0030")),
            $"{example.Page}: {example.Text}"));
    }

    /// <summary>The severity as the docs write it, the word `dotnet build` prints.</summary>
    private static string Word(DiagnosticSeverity severity) => severity.ToString().ToLowerInvariant();
}
