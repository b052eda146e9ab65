using System.Collections.Immutable;
using System.Linq;

namespace DocGen.Generator.Pipeline;

/// <summary>
/// A collected step's items as a class, compared by its items. Why a class: the driver's generic nodes are compiled
/// once for every value type they carry (an <see cref="ImmutableArray{T}"/>, and each tuple a combine nests it in), but
/// once for all classes, so collecting into this keeps the JIT's work at a process's first run small.
/// </summary>
public sealed class Collected<T> : System.IEquatable<Collected<T>>
{
    public Collected(ImmutableArray<T> items) => Items = items;

    public ImmutableArray<T> Items { get; }

    public bool Equals(Collected<T>? other) =>
        other is not null && (ReferenceEquals(this, other) || Items.SequenceEqual(other.Items));

    public override bool Equals(object? obj) => Equals(obj as Collected<T>);

    // The count alone: equal batches have equal counts, and the driver compares rather than hashes a step's output.
    public override int GetHashCode() => Items.Length;
}
