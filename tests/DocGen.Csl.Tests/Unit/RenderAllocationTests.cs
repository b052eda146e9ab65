using System;
using DocGen.Csl.BuiltIn;
using DocGen.Csl.Data;
using DocGen.Csl.Locale;
using Xunit.Abstractions;

namespace DocGen.Csl.Tests.Unit;

/// <summary>
/// What one citation costs in memory, counted in bytes (the same on any machine, under any load): every document's
/// citation constant is rendered at compile time, so the writer's and the evaluator's garbage scales with the archive.
/// </summary>
public sealed class RenderAllocationTests
{
    // An archival item as a Wilson Center document's record gives it.
    private const string Telegram = """[{"id":"doc-1","type":"manuscript","title":"Telegram from the Soviet Ambassador in Pyongyang to the Ministry of Foreign Affairs on the Situation in the Korean Workers' Party","author":[{"literal":"Vladimir Ivanovich Ivanov"}],"issued":{"date-parts":[[1956,9,14]]},"archive":"Archive of Foreign Policy of the Russian Federation","archive_location":"fond 0102, opis 12, papka 68, delo 5, listy 136-139","URL":"https://digitalarchive.wilsoncenter.org/document/123456","accessed":{"date-parts":[[2024,1,2]]},"language":"en"}]""";

    private readonly ITestOutputHelper _output;

    public RenderAllocationTests(ITestOutputHelper output) => _output = output;

    [Fact]
    public void LookingUpATermAllocatesNothing()
    {
        // Every term of every citation is looked up along the locale chain: no enumerator is made for it.
        var chain = LocaleChain.Build(BuiltInStyles.Get(0), null, BuiltInStyles.LoadLocale);
        Assert.Equal("\u201C", chain.Text("open-quote"));
        Assert.NotEmpty(chain.Text("editor", "verb-short"));

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 100; i++)
        {
            chain.Text("open-quote");
            chain.Text("editor", "verb-short");
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
    }

    // Limits under what was measured before one item was rendered without the processor's machinery for many, with its
    // locale chain and writers made once per style (bibliography 17,448 bytes, note 21,912; 18,240 and 22,672 before
    // the name options were merged once per section; 26,736 and 36,320 before one-piece nodes skipped their builder),
    // and over what is measured after (15,120 and 17,272).
    [Theory]
    [InlineData(0, CitationPlace.Bibliography, 15_500)]
    [InlineData(0, CitationPlace.First, 17_700)]
    public void OneCitationAllocatesLittle(int style, CitationPlace place, long limit)
    {
        var item = ItemReader.ReadAll(Telegram)[0];
        var parsed = BuiltInStyles.Get(style);
        var text = SingleItem.Render(parsed, BuiltInStyles.LoadLocale, item, place, OutputFormat.Text);
        Assert.NotEmpty(text);

        // The second render: the style, the locale and the code are ready, so what is counted is the render's own.
        var before = GC.GetAllocatedBytesForCurrentThread();
        var again = SingleItem.Render(parsed, BuiltInStyles.LoadLocale, item, place, OutputFormat.Text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        _output.WriteLine($"{BuiltInStyles.Names[style]} {place}: {allocated} bytes for \"{again}\"");

        Assert.Equal(text, again);
        Assert.True(allocated <= limit, $"{allocated} bytes allocated, more than {limit}");
    }
}
