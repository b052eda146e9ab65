using System.Collections.Generic;

namespace DocGen.Corpus;

/// <summary>
/// SplitMix64: a tiny, fully specified generator, so a seed gives the same corpus on every runtime (System.Random's
/// algorithm is an implementation detail). Only integer arithmetic and exact double scaling; no Math.Log or Math.Exp.
/// </summary>
public sealed class Prng
{
    private ulong _state;

    public Prng(ulong seed) => _state = seed;

    /// <summary>A generator for one document: depends on the corpus seed and the document's index only.</summary>
    public static Prng ForDocument(int seed, int index) => new(Mix(Mix(0x5EED_D0C6_E4A1_0001UL ^ (ulong)(uint)seed) ^ (ulong)(uint)index));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    public ulong NextULong()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>Uniform in [0, max).</summary>
    public int Next(int max) => max <= 1 ? 0 : (int)(NextULong() % (ulong)max);

    /// <summary>Uniform in [min, max).</summary>
    public int Next(int min, int max) => min + Next(max - min);

    /// <summary>Uniform in [0, 1).</summary>
    public double NextDouble() => (NextULong() >> 11) * (1.0 / 9007199254740992.0);

    public bool Chance(double probability) => NextDouble() < probability;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];

    /// <summary>
    /// Draws from a distribution given by its quantile function as points (p, value), linear in between: the points
    /// must start at p = 0 and end at p = 1.
    /// </summary>
    public int Quantile(IReadOnlyList<(double P, int Value)> points)
    {
        var u = NextDouble();
        for (var i = 1; i < points.Count; i++)
        {
            if (u < points[i].P)
            {
                var (p0, v0) = points[i - 1];
                var (p1, v1) = points[i];
                return v0 + (int)((u - p0) / (p1 - p0) * (v1 - v0));
            }
        }

        return points[points.Count - 1].Value;
    }
}
