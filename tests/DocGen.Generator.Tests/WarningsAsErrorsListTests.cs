using System;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Tests;

/// <summary>
/// DocGenWarningsAsErrors promises "every DocGen warning", but its id list in DocGen.targets (and the docs' copy of
/// it) is written by hand: it must be exactly the descriptors whose default severity is Warning.
/// </summary>
public class WarningsAsErrorsListTests
{
    private static readonly string[] WarningIds = DiagnosticDescriptors.Every
        .Where(d => d.DefaultSeverity == DiagnosticSeverity.Warning)
        .Select(d => d.Id)
        .OrderBy(id => id, StringComparer.Ordinal)
        .ToArray();

    [Fact]
    public void TheTargetsListIsExactlyTheWarningDescriptors()
    {
        var targets = XDocument.Load(Repository.Path("src", "DocGen.Generator", "buildTransitive", "DocGen.targets"));
        var group = targets.Root!.Elements("PropertyGroup").Single(g => (string?)g.Attribute("Condition") == "'$(DocGenWarningsAsErrors)' == 'true'");
        var list = group.Element("WarningsAsErrors")!.Value.Split(';');

        // The project's own list comes first and is kept.
        Assert.Equal("$(WarningsAsErrors)", list[0]);
        Assert.Equal(WarningIds, list.Skip(1));
    }

    [Fact]
    public void TheDocsListTheSameIds()
    {
        var docs = System.IO.File.ReadAllText(Repository.Path("docs", "diagnostics.md"));
        var sentence = Regex.Match(docs, @"it adds (.*?) to `WarningsAsErrors`", RegexOptions.Singleline);

        Assert.True(sentence.Success, "docs/diagnostics.md no longer says which ids DocGenWarningsAsErrors adds");
        Assert.Equal(WarningIds, Regex.Matches(sentence.Groups[1].Value, @"DG\d{4}").Select(m => m.Value));
    }
}
