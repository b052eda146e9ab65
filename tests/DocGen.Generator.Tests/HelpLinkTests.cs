using System.Linq;
using System.Xml.Linq;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Tests.Infrastructure;

namespace DocGen.Generator.Tests;

/// <summary>Help links name the repository of Directory.Build.props' DocGenRepositoryUrl, the package's own.</summary>
public class HelpLinkTests
{
    [Fact]
    public void HelpLinksFollowTheRepositoryProperty()
    {
        var props = XDocument.Load(Repository.Path("Directory.Build.props"));
        var url = props.Descendants("DocGenRepositoryUrl").Single().Value;

        Assert.Equal(url, HelpLinks.RepositoryUrl);
        Assert.Equal(url + "/blob/main/docs/diagnostics/DG0003.md", DiagnosticDescriptors.MissingTitle.HelpLinkUri);
        Assert.All(DiagnosticDescriptors.Every, d => Assert.Equal(url + "/blob/main/docs/diagnostics/" + d.Id + ".md", d.HelpLinkUri));
    }
}
