using System;
using System.Collections.Generic;
using DocGen.Core.Model;

namespace DocGen.Core.Validation;

/// <summary>
/// The volumes a project holds and the targets each has, for the check of references across volumes (DG0063): a
/// reference to a volume of the project that lacks its target links nowhere; one to a volume outside the project is
/// not checked (its link keeps its canonical URL). Targets are written as the project's ids ("frus1951v07p1/d12"), so
/// a page or any other xml:id of a volume is added the same way as a document. The one rule the generator and the
/// <c>docgen</c> tool both check with; linear in the ids added and the references asked about.
/// </summary>
public sealed class ProjectVolumes
{
    private readonly HashSet<string> _targets = new(StringComparer.Ordinal);
    private readonly HashSet<string> _volumes = new(StringComparer.Ordinal);

    /// <summary>The volumes and targets of <paramref name="ids"/>; an id without a volume ("112106") adds nothing.</summary>
    public static ProjectVolumes Of(IEnumerable<string> ids)
    {
        var volumes = new ProjectVolumes();
        foreach (var id in ids)
        {
            volumes.Add(id);
        }

        return volumes;
    }

    /// <summary>Adds a target by its project id, the volume's id, '/' and its xml:id; the volume is in the project from then on.</summary>
    public void Add(string id)
    {
        var slash = id.IndexOf('/');
        if (slash > 0)
        {
            _volumes.Add(id.Substring(0, slash));
            _targets.Add(id);
        }
    }

    /// <summary>Whether <paramref name="reference"/> names a volume of the project that lacks its target.</summary>
    public bool Lacks(VolumeReference reference) => _volumes.Contains(reference.Volume) && !_targets.Contains(reference.DocumentId);
}
