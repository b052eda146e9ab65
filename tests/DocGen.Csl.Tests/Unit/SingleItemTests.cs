using System.Collections.Generic;
using DocGen.Csl.BuiltIn;
using DocGen.Csl.Data;
using DocGen.Csl.Style;

namespace DocGen.Csl.Tests.Unit;

/// <summary>
/// SingleItem renders one item without the processor's machinery for many (numbers, positions, disambiguation,
/// sorting, collapsing): what it writes must be what the processor writes for a list of that one item.
/// </summary>
public sealed class SingleItemTests
{
    private const string Items = """
        [{"id":"t","type":"manuscript","title":"Telegram from the Soviet Ambassador in Pyongyang on the \"Situation\"","author":[{"literal":"Vladimir Ivanovich Ivanov"}],"issued":{"date-parts":[[1956,9,14]]},"archive":"Archive of Foreign Policy of the Russian Federation","archive_location":"fond 0102, opis 12","URL":"https://digitalarchive.wilsoncenter.org/document/123456","accessed":{"date-parts":[[2024,1,2]]},"language":"en"},
         {"id":"b","type":"book","title":"foreign relations of the united states, 1969-1976","editor":[{"family":"Smith","given":"Louis J."},{"family":"Doe","given":"Jane"}],"issued":{"date-parts":[[2010]]},"publisher":"Government Printing Office","publisher-place":"Washington","volume":"XIX","number":"75"},
         {"id":"u","type":"manuscript","title":"Untitled note"}]
        """;

    public static IEnumerable<object[]> Cases()
    {
        for (var style = 0; style <= BuiltInStyles.Names.Length; style++)
        {
            foreach (var place in new[] { CitationPlace.Bibliography, CitationPlace.First, CitationPlace.Subsequent })
            {
                foreach (var format in new[] { OutputFormat.Text, OutputFormat.Html, OutputFormat.Markdown })
                {
                    yield return new object[] { style, place, format };
                }
            }
        }
    }

    /// <param name="style">A built-in style's number, or one past them for the Historian's style.</param>
    [Theory]
    [MemberData(nameof(Cases))]
    public void RendersWhatTheProcessorRendersForOneItem(int style, CitationPlace place, OutputFormat format)
    {
        var parsed = style < BuiltInStyles.Names.Length ? BuiltInStyles.Get(style) : BuiltInStyles.Historian;
        foreach (var item in ItemReader.ReadAll(Items))
        {
            Assert.Equal(ByProcessor(parsed, item, place, format), SingleItem.Render(parsed, BuiltInStyles.LoadLocale, item, place, format));
        }
    }

    // The one item through the processor: its bibliography, or its cite first in note 1, or later in a note far from
    // the first with a cite of another item between.
    private static string ByProcessor(CslStyle style, CslItem item, CitationPlace place, OutputFormat format)
    {
        var processor = new CslProcessor(style, new[] { item }, BuiltInStyles.LoadLocale);
        if (place == CitationPlace.Bibliography)
        {
            var entries = processor.RenderBibliographyEntries(null, format);
            return entries.Count == 0 ? string.Empty
                : format == OutputFormat.Html ? CslProcessor.DisplayLayout(entries[0].Text).Trim() : entries[0].Text;
        }

        var registered = new[] { item.Id };
        var first = new Citation(new[] { new CiteItem(item.Id) }, 1);
        if (place == CitationPlace.First)
        {
            return processor.RenderCitation(new[] { first }, 0, format, registered);
        }

        var between = new Citation(new[] { new CiteItem("another") }, 2);
        var later = new Citation(new[] { new CiteItem(item.Id) }, int.MaxValue);
        return processor.RenderCitation(new[] { first, between, later }, 2, format, registered);
    }
}
