using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using DocGen.Generator.Authorities;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Links;
using DocGen.Generator.People;
using DocGen.Generator.Pipeline;
using DocGen.Generator.Places;
using DocGen.Generator.Styles;

namespace DocGen.Cli;

/// <summary>What the project-wide checks read besides the documents: TEI volumes' lists, authority files, CSL files.</summary>
public sealed class ProjectFiles
{
    /// <summary>The TEI volumes that have a persons or terms list, read as the build's <c>AuthorityStage</c> reads them.</summary>
    public List<AuthorityReading> Volumes { get; } = new();

    /// <summary>The authority files (<c>people.txt</c>, <c>*.people.txt</c>).</summary>
    public List<PeopleReading> People { get; } = new();

    /// <summary>The CSL styles and locales.</summary>
    public ImmutableArray<CslFileInput>.Builder Styles { get; } = ImmutableArray.CreateBuilder<CslFileInput>();
}

/// <summary>
/// The checks a build makes once the catalog is planned, each by the generator's own step (the ones
/// <c>ArchiveGenerator</c> reports from): references to documents and pages of other volumes of the project (DG0063), the volumes' persons
/// and terms lists and their classes (DG0055-DG0059), the collections' places (DG0060, DG0061), the authority files
/// (DG0064-DG0067, DG0058) and the CSL files (DG0050-DG0054). Nothing here decides a diagnostic: it only hands each
/// step what the build hands it.
/// </summary>
public static class ProjectChecks
{
    /// <summary>Every project-wide diagnostic of <paramref name="documents"/> and <paramref name="files"/>, once <paramref name="plan"/> is made.</summary>
    public static IEnumerable<DiagnosticInfo> Run(IReadOnlyList<ParsedInput> documents, ProjectFiles files, CatalogPlan plan)
    {
        var diagnostics = new List<DiagnosticInfo>();
        diagnostics.AddRange(OtherVolumeLinks.Check(documents.Select(OtherVolumeLinks.Of), plan));
        diagnostics.AddRange(PageLinkPlanner.Plan(documents.Select(PageCitations.Of).ToImmutableArray(), documents.Select(VolumePages.Of).ToImmutableArray(), plan).Diagnostics);

        var personLinks = PersonLinkIndex.From(documents.Select(PersonLinks.Of));
        foreach (var volume in files.Volumes)
        {
            diagnostics.AddRange(volume.Diagnostics);
            if (AuthorityPlanner.Plan(volume, plan, personLinks) is { } source)
            {
                diagnostics.AddRange(source.Diagnostics);
            }
        }

        foreach (var places in PlacePlanner.Plan(PlaceIndex.From(documents.Select(PlaceLink.Of)), plan))
        {
            diagnostics.AddRange(places.Diagnostics);
        }

        foreach (var people in files.People)
        {
            diagnostics.AddRange(people.Diagnostics);
        }

        diagnostics.AddRange(PeoplePlanner.Plan(files.People, files.Volumes, personLinks, documents.Select(NamedPeople.Of), plan).Diagnostics);
        diagnostics.AddRange(CitationStylesPlanner.Plan(files.Styles.ToImmutable(), plan.Options.Namespace, plan.Options.Accessibility, plan.Options.Nullable).Diagnostics);
        return diagnostics;
    }
}
