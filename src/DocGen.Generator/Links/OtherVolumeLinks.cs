using System;
using System.Collections.Generic;
using DocGen.Core.Model;
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
    /// A reference to another volume the project has (some document's id starts with the volume id and '/'), but
    /// without the document it names, is DG0063 at the <c>ref</c>; a volume outside the project is not checked (its
    /// link keeps its canonical URL). Linear in the catalog and the references.
    /// </summary>
    public static EquatableArray<DiagnosticInfo> Check(IEnumerable<OtherVolumeLinks?> links, CatalogPlan plan)
    {
        HashSet<string>? ids = null;
        HashSet<string>? volumes = null;
        var diagnostics = new List<DiagnosticInfo>();
        foreach (var document in links)
        {
            if (document is null)
            {
                continue;
            }

            if (ids is null)
            {
                ids = new HashSet<string>(StringComparer.Ordinal);
                volumes = new HashSet<string>(StringComparer.Ordinal);
                foreach (var entry in plan.Entries)
                {
                    ids.Add(entry.Id);
                    var slash = entry.Id.IndexOf('/');
                    if (slash > 0)
                    {
                        volumes.Add(entry.Id.Substring(0, slash));
                    }
                }
            }

            foreach (var reference in document.References)
            {
                if (volumes!.Contains(reference.Volume) && !ids.Contains(reference.DocumentId))
                {
                    diagnostics.Add(DiagnosticInfo.Create(DiagnosticDescriptors.BrokenReference.Id, document.Path, reference.Span, reference.Target, "document", reference.Volume));
                }
            }
        }

        return diagnostics.ToEquatableArray();
    }
}
