using DocGen.Core.Model;

namespace DocGen.Generator.Collections;

/// <summary>
/// One collection (a folder under the archive folder, or a file of many documents) as the catalog nests it: its
/// class name, its folder as written (<paramref name="Folder"/>), the positions in the catalog's <c>All</c> of every
/// document under it, in <c>All</c> order, and the collections inside it.
/// </summary>
public sealed record CollectionPlan(string Name, string Folder, EquatableArray<int> Entries, EquatableArray<CollectionPlan> Children);
