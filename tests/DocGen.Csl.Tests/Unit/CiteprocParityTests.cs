namespace DocGen.Csl.Tests.Unit;

/// <summary>
/// Rules where citeproc-js goes beyond the letter of CSL 1.0.2, found by comparing DocGen's documents in the official
/// styles (ProcessorConformanceTests); each case here is small and needs nothing from ../shared.
/// </summary>
public sealed class CiteprocParityTests
{
    private static string Cite(string layout, string item, string macros = "") =>
        MiniLocale.Cite(MiniLocale.Processor(MiniLocale.Style(layout, macros), "[" + item + "]"), "a");

    private static string Titled(string title) => $$"""{"id":"a","type":"manuscript","title":{{System.Text.Json.JsonSerializer.Serialize(title)}}}""";

    [Fact]
    public void A_choose_inside_a_group_takes_the_groups_delimiter_between_its_elements()
    {
        var layout = """<group delimiter=". "><choose><if type="manuscript"><text value="One"/><text variable="title"/></if></choose></group>""";
        Assert.Equal("One. T", Cite(layout, Titled("T")));
    }

    [Fact]
    public void Two_names_whose_first_is_a_literal_join_by_and_alone_even_when_the_delimiter_always_precedes_the_last()
    {
        var layout = """<names variable="author"><name and="text" delimiter-precedes-last="always"/></names>""";
        Assert.Equal("Zhou Enlai and Kim Il Sung", Cite(layout, """{"id":"a","type":"manuscript","author":[{"literal":"Zhou Enlai"},{"literal":"Kim Il Sung"}]}"""));
        Assert.Equal("John Doe, and Jane Roe", Cite(layout, """{"id":"a","type":"manuscript","author":[{"family":"Doe","given":"John"},{"family":"Roe","given":"Jane"}]}"""));
    }

    [Theory]
    [InlineData("Meeting Between the Leaders", "Meeting Between the Leaders")]
    [InlineData("talks between the leaders", "Talks between the Leaders")]
    [InlineData("notes {braces} #error", "Notes {braces} #error")]
    [InlineData("from 10.30 a.m. to noon", "From 10.30 a.m. to Noon")]
    public void Title_case_leaves_words_with_a_capital_words_glued_to_a_sign_and_dotted_abbreviations(string title, string expected)
    {
        Assert.Equal(expected, Cite("""<text variable="title" text-case="title"/>""", Titled(title)));
    }

    [Fact]
    public void Straight_quotes_that_touch_stay_characters_set_apart_by_spaces()
    {
        Assert.Equal("Quotes \" and \" \" \" and", Cite("""<text variable="title"/>""", Titled("Quotes \" and \"\"\" and")));
    }

    [Fact]
    public void The_no_date_term_counts_as_a_date_for_its_group()
    {
        // Without the rule the empty issued date would suppress the group.
        var layout = """<group delimiter=" "><date variable="issued" form="text"/><text term="no date" form="short"/></group>""";
        Assert.Equal("n.d.", Cite(layout, Titled("T")));
    }

    [Fact]
    public void A_range_of_years_shown_by_month_and_day_leaves_no_lone_dash()
    {
        var layout = """<group delimiter=". "><text variable="title"/><date variable="issued"><date-part name="month"/><date-part name="day" prefix=" "/></date></group>""";
        Assert.Equal("T", Cite(layout, """{"id":"a","type":"manuscript","title":"T","issued":{"date-parts":[[1945],[1946]]}}"""));
    }

    [Fact]
    public void A_title_substituted_for_the_author_still_counts_as_present_in_conditions()
    {
        var layout = """<group delimiter=", "><names variable="author"><substitute><text variable="title"/></substitute></names><choose><if variable="title"><text variable="title"/></if><else><text value="untitled"/></else></choose></group>""";
        Assert.Equal("T", Cite(layout, Titled("T")));
    }
}
