using System.Collections.Generic;
using System.Linq;
using DocGen.Core.Model;
using DocGen.Core.Validation;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Links;

/// <summary>A document's references to documents of other volumes, with its file: all the project-wide check needs of a parsed document.</summary>
public sealed record OtherVolumeLinks(string Path, EquatableArray<VolumeReference> References)
{
    /// <summary>The references of a parsed document, or null when it makes none to another volume.</summary>
    public static OtherVolumeLinks? Of(ParsedInput input) =>
        input.Document.IsUsable && !input.Document.OtherVolumeReferences.IsEmpty
            ? new OtherVolumeLinks(input.Document.Path, input.Document.OtherVolumeReferences)
            : null;

    /// <summary>
    /// A reference to another volume the project has, but without the document it names, is DG0063 at the <c>ref</c>
    /// (the rule: <see cref="ProjectVolumes"/>). Linear in the catalog and the references.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Check(IEnumerable<OtherVolumeLinks?> links, CatalogPlan plan)
    {
        ProjectVolumes? volumes = null;
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var document in links)
        {
            if (document is null)
            {
                continue;
            }

            volumes ??= ProjectVolumes.Of(plan.Entries.Select(entry => entry.Id));
            foreach (var reference in document.References)
            {
                if (volumes.Lacks(reference))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BrokenReference.Id, document.Path, reference.Span, reference.Target, "document", reference.Volume));
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
