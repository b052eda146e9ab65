using DocGen.Csl.Data;

namespace DocGen.Csl.Tests.Unit;

/// <summary>
/// Rules the processor missed until DocGen's corpus was rendered with other styles and locales beside citeproc-js
/// (DocGen.Citations.Tests' AnyStyleAndLocaleTests): each case is the smallest style that shows one of them.
/// </summary>
public sealed class CiteprocParityTests
{
    private const string Manuscript = """[{"id":"m","type":"manuscript","title":"Report on the talks","archive":"Archive"}]""";

    [Fact]
    public void A_group_delimiter_goes_between_the_elements_of_a_choose_inside_it()
    {
        var style = MiniLocale.Style("""<group delimiter=". "><choose><if type="manuscript"><text variable="title"/><text variable="archive"/></if></choose></group>""");
        Assert.Equal("Report on the talks. Archive", MiniLocale.Cite(MiniLocale.Processor(style, Manuscript), "m"));
    }

    [Fact]
    public void A_variable_a_substitute_used_still_counts_as_present_in_a_condition()
    {
        var style = MiniLocale.Style(
            """<group delimiter=", "><names variable="author"><substitute><text variable="title"/></substitute></names><choose><if variable="title"><text value="n.d."/></if></choose></group>""");
        Assert.Equal("Report on the talks, n.d.", MiniLocale.Cite(MiniLocale.Processor(style, Manuscript), "m"));
    }

    [Fact]
    public void Straight_double_quotes_that_touch_are_set_apart_and_never_pair()
    {
        const string items = """[{"id":"q","type":"book","title":"Quotes \" and \"\"\" and"}]""";
        Assert.Equal("Quotes \" and \" \" \" and", MiniLocale.Cite(MiniLocale.Processor(MiniLocale.Style("""<text variable="title"/>"""), items), "q"));
    }

    [Fact]
    public void Two_literal_names_take_no_delimiter_before_the_and_whatever_the_option()
    {
        const string items = """[{"id":"l","type":"book","author":[{"literal":"Zhou Enlai"},{"literal":"Kim Il Sung"}]},{"id":"t","type":"book","author":[{"literal":"A"},{"literal":"B"},{"literal":"C"}]}]""";
        var style = MiniLocale.Style("""<names variable="author"><name and="text" delimiter-precedes-last="always"/></names>""").Replace("<layout>", "<layout delimiter=\"; \">");
        Assert.Equal("Zhou Enlai and Kim Il Sung; A, B, and C", MiniLocale.Cite(MiniLocale.Processor(style, items), "l", "t"));
    }

    [Fact]
    public void The_month_and_day_of_a_range_of_years_render_nothing_not_a_dash()
    {
        const string items = """[{"id":"r","type":"book","title":"T","issued":{"date-parts":[[1945],[1946]]}}]""";
        var style = MiniLocale.Style("""<group delimiter=". "><text variable="title"/><date variable="issued"><date-part name="month"/><date-part name="day" prefix=" "/></date></group>""");
        Assert.Equal("T", MiniLocale.Cite(MiniLocale.Processor(style, items), "r"));
    }

    [Theory]
    [InlineData("Unity Between the People", "Unity Between the People")]
    [InlineData("meeting at 10.30 a.m. - 3 p.m. in town", "Meeting at 10.30 a.m. - 3 p.m. in Town")]
    [InlineData("back/slash {braces} #error", "Back/Slash {braces} #error")]
    public void Title_case_keeps_capitals_and_cuts_words_where_citeproc_js_cuts_them(string title, string expected)
    {
        var items = "[{\"id\":\"c\",\"type\":\"book\",\"title\":\"" + title + "\"}]";
        Assert.Equal(expected, MiniLocale.Cite(MiniLocale.Processor(MiniLocale.Style("""<text variable="title" text-case="title"/>"""), items), "c"));
    }

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
