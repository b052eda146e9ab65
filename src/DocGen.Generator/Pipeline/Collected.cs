using System.Collections.Generic;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

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

    public bool Equals(Collected<T>? other)
    {
        if (other is null)
        {
            return false;
        }

        if (ReferenceEquals(this, other) || Items == other.Items)
        {
            return true;
        }

        if (Items.Length != other.Items.Length)
        {
            return false;
        }

        var comparer = EqualityComparer<T>.Default;
        for (var i = 0; i < Items.Length; i++)
        {
            if (!comparer.Equals(Items[i], other.Items[i]))
            {
                return false;
            }
        }

        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as Collected<T>);

    // The count alone: equal batches have equal counts, and the driver compares rather than hashes a step's output.
    public override int GetHashCode() => Items.Length;
}

/// <summary>Collects a step into a <see cref="Collected{T}"/>.</summary>
public static class CollectedSteps
{
    public static IncrementalValueProvider<Collected<T>> CollectAsClass<T>(this IncrementalValuesProvider<T> source) =>
        source.Collect().Select(static (items, _) => new Collected<T>(items));

    /// <summary>
    /// One part of each collected item, as a collection of its own: compared by its items, so the steps after it run
    /// only when that part of some item changed.
    /// </summary>
    public static IncrementalValueProvider<Collected<TPart>> SelectEach<T, TPart>(this IncrementalValueProvider<Collected<T>> source, System.Func<T, TPart> part) =>
        source.Select((all, _) =>
        {
            var parts = ImmutableArray.CreateBuilder<TPart>(all.Items.Length);
            foreach (var item in all.Items)
            {
                parts.Add(part(item));
            }

            return new Collected<TPart>(parts.MoveToImmutable());
        });
}
