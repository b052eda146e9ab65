using DocGen.Core.Dates;
using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// One document as the catalog lists it, with its final, unique member name and its place in the generated storage:
/// <see cref="Shard"/> (<see cref="DocumentShards"/>: the file it is written in) and <see cref="Slot"/> (its place in that shard).
/// <paramref name="Address"/> is <see cref="DocumentKey.Address"/>: its file, and its part when the file holds many.
/// </summary>
public sealed record CatalogEntry(string Address, string Id, string MemberName, DatePoint DateStart, DatePoint DateEnd)
{
    public int Shard { get; init; }

    public int Slot { get; init; }

    /// <summary>The folders under the archive folder the document is in, outermost first (<see cref="DocumentKey.Collection"/>).</summary>
    public EquatableArray<string> Collection { get; init; } = EquatableArray<string>.Empty;
}
