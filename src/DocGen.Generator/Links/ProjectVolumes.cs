using System;
using System.Collections.Generic;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Links;

/// <summary>
/// The catalog's document ids and the volumes they belong to (a volume is in the project when some document's id
/// starts with it and '/'): what the project-wide reference checks ask. Linear in the catalog.
/// </summary>
public sealed class ProjectVolumes
{
    private ProjectVolumes(HashSet<string> ids, HashSet<string> volumes)
    {
        Ids = ids;
        Volumes = volumes;
    }

    public HashSet<string> Ids { get; }

    public HashSet<string> Volumes { get; }

    public static ProjectVolumes Of(CatalogPlan plan)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var volumes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in plan.Entries)
        {
            ids.Add(entry.Id);
            var slash = entry.Id.IndexOf('/');
            if (slash > 0)
            {
                volumes.Add(entry.Id.Substring(0, slash));
            }
        }

        return new ProjectVolumes(ids, volumes);
    }
}
