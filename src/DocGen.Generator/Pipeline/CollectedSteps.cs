using System;
using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace DocGen.Generator.Pipeline;

/// <summary>Collects a step into a <see cref="Collected{T}"/>.</summary>
public static class CollectedSteps
{
    public static IncrementalValueProvider<Collected<T>> CollectAsClass<T>(this IncrementalValuesProvider<T> source) =>
        source.Collect().Select(static (items, _) => new Collected<T>(items));

    /// <summary>
    /// One part of each collected item, as a collection of its own: compared by its items, so the steps after it run
    /// only when that part of some item changed.
    /// </summary>
    public static IncrementalValueProvider<Collected<TPart>> SelectEach<T, TPart>(this IncrementalValueProvider<Collected<T>> source, Func<T, TPart> part) =>
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
