using DocGen.Csl.Output;
using Xunit;

namespace DocGen.Csl.Tests.Unit;

/// <summary>
/// The writer marks closing quotes with two private-use characters; a document's own text may hold them (the fuzz
/// tests found titles that do). Unpaired, they are text, and finishing never throws.
/// </summary>
public sealed class PrivateMarkTests
{
    [Theory]
    [InlineData("a\uE000b", true, "a\uE000b")]
    [InlineData("a\uE000b", false, "a\uE000b")]
    [InlineData("\u201Cq\uE000\u201D\uE001\uE000.", true, "\u201Cq\u201D\uE000.")]
    [InlineData("\u201Cq\uE000\u201D\uE001\uE001.", true, "\u201Cq.\u201D")]
    [InlineData("\u201Cq\uE000\u201D\uE001</i", true, "\u201Cq\u201D</i")]
    public void UnpairedMarksInTheTextAreTextAndNeverThrow(string text, bool punctuationInQuote, string expected) =>
        Assert.Equal(expected, Punctuation.Finish(text, punctuationInQuote));
}
