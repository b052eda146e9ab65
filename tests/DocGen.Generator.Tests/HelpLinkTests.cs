using System.IO;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>
/// Help links name no URL that was not given: without DocGenRepositoryUrl at pack time (this repository's own builds),
/// each links to its page inside the package; with it, to that repository's page.
/// </summary>
public class HelpLinkTests
{
    [Fact]
    public void WithoutARepositoryUrlEveryHelpLinkNamesThePageThePackageShips()
    {
        Assert.Null(HelpLinks.RepositoryUrl);
        Assert.Equal("docs/diagnostics/DG0003.md", DiagnosticDescriptors.MissingTitle.HelpLinkUri);
        Assert.All(DiagnosticDescriptors.Every, d =>
        {
            Assert.Equal("docs/diagnostics/" + d.Id + ".md", d.HelpLinkUri);
            // The package packs docs/diagnostics/*.md to the same relative path (PackageEndToEndTests checks the layout).
            Assert.True(File.Exists(Repository.Path(d.HelpLinkUri.Split('/'))), d.HelpLinkUri + " does not exist");
        });
    }

    [Theory]
    [InlineData("https://example.org/docgen")]
    [InlineData("https://example.org/docgen/")]
    public void ARepositoryUrlGivenAtPackTimeLinksToItsPages(string url)
    {
        Assert.Equal("https://example.org/docgen/blob/main/docs/diagnostics/DG0003.md", HelpLinks.For(url, "DG0003"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void AnEmptyRepositoryUrlIsNone(string? url)
    {
        Assert.Equal("docs/diagnostics/DG0003.md", HelpLinks.For(url, "DG0003"));
    }
}
