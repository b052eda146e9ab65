using System.Collections.Generic;
using System.Linq;
using DocGen.Generator.Emit;
using DocGen.Generator.Storage;

namespace DocGen.Generator.Tests;

/// <summary>How a document's strings become slices of its file or pooled text, and what that may cost.</summary>
public class TextSlicesTests
{
    [Fact]
    public void AValuePooledWholeLeavesNoFragmentsInThePool()
    {
        // Every ';' is a joiner the file lacks: eleven pieces are too many for 41 characters, so the value is pooled
        // whole, and the joiners it would have needed must not stay in the shard's pool.
        const string text = "alpha beta gamma delta epsilon zeta eta theta";
        const string value = "alpha; beta; gamma; delta; epsilon; zeta";
        var pool = new PoolWriter();
        var data = new List<int>();

        new TextSlices(text).Write(value, data, pool);

        Assert.Equal(new[] { -1 }, data);
        Assert.Equal(new[] { value }, pool.Values);
    }

    [Fact]
    public void AKeptValueIsSlicesWithItsJoinersPooled()
    {
        const string text = "Telegram from Moscow  \nto Beijing";
        var pool = new PoolWriter();
        var data = new List<int>();

        new TextSlices(text).Write("Telegram from Moscow, to Beijing and back", data, pool);

        // Four pieces: a slice of 20 at 0; ", " pooled; a slice of 10 at 23 (3 past the first one's end, zigzag 6);
        // " and back" pooled, a whole word the file lacks taken at once.
        Assert.Equal(new[] { 4, 0, 20, -1, 6, 10, -2 }, data);
        Assert.Equal(new[] { ", ", " and back" }, pool.Values);
    }

    [Fact]
    public void WordsTheFileLacksDoNotSpendTheSearchBudgetOfTheDocument()
    {
        // A long file, so that each search for a missing character scans 20,000 characters. A value that starts in
        // the file and then has a long word the file does not hold was searched for one character at a time, which
        // spent the budget (16 characters scanned per character of the file, plus TextSlices.Allowance) before the paragraph after it.
        var filler = string.Concat(Enumerable.Range(0, 400).Select(i => "The delegation met again on day " + i + " of the talks. "));
        const string paragraph = "Both sides stressed the importance of the railway agreement for the future.";
        var text = "The delegation met " + filler + paragraph;
        var slices = new TextSlices(text);
        var pool = new PoolWriter();

        var first = new List<int>();
        slices.Write("The delegation met " + new string('Q', 400) + " again", first, pool);
        var second = new List<int>();
        slices.Write(paragraph, second, pool);

        // The paragraph is one slice (one piece: its distance, then its length), not a pooled string.
        Assert.Equal(3, second.Count);
        Assert.Equal(1, second[0]);
        Assert.Equal(paragraph.Length, second[2]);
        Assert.DoesNotContain(paragraph, pool.Values);
    }
}
