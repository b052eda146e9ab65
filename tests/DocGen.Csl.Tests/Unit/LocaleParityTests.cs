using DocGen.Csl.Data;

namespace DocGen.Csl.Tests.Unit;

/// <summary>
/// Rules of other locales the processor missed until DocGen's corpus was rendered in de-DE, fr-FR and ru-RU beside
/// citeproc-js (DocGen.Citations.Tests' AnyStyleAndLocaleTests): each case is the smallest style that shows one.
/// </summary>
public sealed class LocaleParityTests
{
    [Fact]
    public void Title_case_is_for_english_an_item_without_a_language_is_in_the_locale_s_language()
    {
        const string items = """[{"id":"u","type":"book","title":"ein kurzer titel"},{"id":"e","type":"book","title":"a short title","language":"en"}]""";
        var style = MiniLocale.Style("""<text variable="title" text-case="title"/>""").Replace("<layout>", "<layout delimiter=\"; \">");
        var processor = new CslProcessor(Style.CslStyle.Parse(style), ItemReader.ReadAll(items), tag => tag == "en-US" ? MiniLocale.EnUs : null, "de-DE");
        Assert.Equal("ein kurzer titel; A Short Title", MiniLocale.Cite(processor, "u", "e"));
    }

    [Fact]
    public void A_period_after_a_quotation_that_ends_in_one_is_dropped_when_punctuation_stays_outside_quotes()
    {
        const string items = """[{"id":"p","type":"book","title":"It ended.","archive":"Archive"}]""";
        var style = MiniLocale.Style(
            """<group delimiter=". "><text variable="title" quotes="true"/><text variable="archive"/></group>""",
            """<locale><style-options punctuation-in-quote="false"/></locale>""");
        Assert.Equal("“It ended.” Archive", MiniLocale.Cite(MiniLocale.Processor(style, items), "p"));
    }
}
