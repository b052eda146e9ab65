using System.Globalization;
using DocGen.Generator.Diagnostics;
using DocGen.Generator.Pipeline;

namespace DocGen.Generator.Naming;

/// <summary>
/// The documents of one many-document file (a FRUS volume) renamed because another file holds their names: one DG0013
/// for the pair of files, at the first of them, with the count (CatalogPlanner).
/// </summary>
internal sealed class VolumeCollisions
{
    private readonly DocumentKey _first;
    private readonly string _holder;
    private readonly string _wanted;
    private readonly string _name;

    public VolumeCollisions(DocumentKey first, string holder, string wanted, string name, int order)
    {
        _first = first;
        _holder = holder;
        _wanted = wanted;
        _name = name;
        Order = order;
    }

    /// <summary>The rank of the pair's first document in the planner's (ordinal path) order.</summary>
    public int Order { get; }

    public int Count { get; set; } = 1;

    public DiagnosticInfo Diagnostic()
    {
        var count = Count.ToString(CultureInfo.InvariantCulture);
        var advice = "this file has " + count + (Count == 1 ? " such document" : " such documents, this the first,") + " renamed because '"
            + _holder + "' holds the name: a document of a file that holds many cannot take DocGenMemberName, and which file keeps a"
            + " name depends on the files in the project, so use these documents by id (Get(\"" + _first.Id + "\")) or give"
            + " the volumes projects of their own";
        return DiagnosticInfo.Create(DiagnosticDescriptors.MemberNameCollision.Id, _first.Path, _first.TitleSpan, _wanted, _holder, _name, advice);
    }
}
