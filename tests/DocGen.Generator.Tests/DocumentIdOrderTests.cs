using System;
using DocGen.Generator.Naming;

namespace DocGen.Generator.Tests;

/// <summary>The tie-break of <c>All</c> on one date: numbers by value, then other ids ordinally, a total order.</summary>
public class DocumentIdOrderTests
{
    private static readonly string[] Sorted = { "0", "007", "7", "9", "10", "0011", "100", "1a", "B", "a", "abc" };

    [Fact]
    public void EveryPairComparesAsItsPlaceInTheOrder()
    {
        // Checked pair by pair, so the comparer is a total order on these ids whatever order a sort visits them in.
        foreach (var x in Sorted)
        {
            foreach (var y in Sorted)
            {
                var expected = Array.IndexOf(Sorted, x).CompareTo(Array.IndexOf(Sorted, y));
                Assert.Equal(expected, Math.Sign(DocumentIdOrder.Instance.Compare(x, y)));
            }
        }
    }
}
