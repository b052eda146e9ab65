using System;
using System.Diagnostics;
using System.Text;
using DocGen.Core.Dates;

namespace DocGen.Core.Tests.Dates;

/// <summary>Parse never throws, stays linear on huge inputs, and its known results are self-consistent.</summary>
public class DateParserRobustnessTests
{
    private const int Megabyte = 1 << 20;

    // Each a megabyte long; built in the test so the test name stays short.
    [Theory]
    [InlineData("1")]
    [InlineData("a")]
    [InlineData("[")]
    [InlineData("-")]
    [InlineData("1951")]
    [InlineData("June 5, 1951 - ")]
    [InlineData("c. ")]
    public void HugeInputIsUnknownAndFast(string piece)
    {
        var text = Repeat(piece, Megabyte);
        var watch = Stopwatch.StartNew();
        var date = DateParser.Parse(text);
        watch.Stop();

        Assert.False(date.IsKnown);
        Assert.Same(text, date.Text);

        // Generous so a slow machine passes; a quadratic scan of a megabyte would take minutes.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"took {watch.Elapsed}");
    }

    // Surrounding whitespace of any length is tolerated, and skipping it is linear.
    [Fact]
    public void HugeWhitespaceAroundDateIsTolerated()
    {
        var padding = new string(' ', Megabyte);
        var date = DateParser.Parse(padding + "June 5, 1951" + padding);

        Assert.Equal("1951-06-05", date.Edtf);
    }

    [Fact]
    public void RandomUnicodeNeverThrows()
    {
        var random = new Random(20240605);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 24)];
            for (var i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)random.Next(0, 0x10000); // includes lone surrogates and control characters
            }

            var text = new string(chars);
            Assert.Equal(text, DateParser.Parse(text).Text);
        }
    }

    // Random sequences of date-like pieces reach every grammar path; each known result must be internally consistent
    // and its EDTF, read back, must give the same date (decades excepted: "195X" is output only).
    [Fact]
    public void RandomDateLikeTextIsConsistent()
    {
        string[] pieces =
        {
            "June", "Sept.", "may", "5", "7th", "31", "29", "1951", "1952", "1950s", "1951-06", "1951-06-05", ",", "-", "–",
            "/", "to", "from", "between", "and", "c.", "circa", "~", "?", "%", "[", "]", " ", "0", "13", "1945-46",
        };

        var random = new Random(19510605);
        var known = 0;
        for (var n = 0; n < 50_000; n++)
        {
            var builder = new StringBuilder();
            var count = random.Next(1, 8);
            for (var i = 0; i < count; i++)
            {
                builder.Append(pieces[random.Next(pieces.Length)]).Append(random.Next(3) == 0 ? "" : " ");
            }

            var text = builder.ToString();
            var date = DateParser.Parse(text);
            Assert.Equal(text, date.Text);
            if (!date.IsKnown)
            {
                Assert.Null(date.Edtf);
                continue;
            }

            known++;
            Assert.NotNull(date.Edtf);
            Assert.True(date.End.IsKnown, text);
            Assert.True(date.IsRange || date.Start == date.End, text);
            if (date.Start.Precision != DatePrecision.Decade && date.End.Precision != DatePrecision.Decade)
            {
                Assert.Equal(date with { Text = date.Edtf! }, DateParser.Parse(date.Edtf!));
            }
        }

        Assert.True(known > 500, $"only {known} random inputs parsed; the generator no longer exercises the grammar");
    }

    private static string Repeat(string piece, int length)
    {
        var builder = new StringBuilder(length + piece.Length);
        while (builder.Length < length)
        {
            builder.Append(piece);
        }

        return builder.ToString();
    }
}
