using DocGen.Core.Model;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// The table of one embedded file that holds many documents (<see cref="Storage.FileTable"/>): its length and where
/// each of its parts starts, as one small generated source of its own. It depends on that file alone, so an edit in
/// one volume re-emits this table and the edited document's shard, and nothing else.
/// </summary>
public sealed record FileTableModel(string ResourceName, string HintName, string Namespace, int Length, EquatableArray<int> Starts);
