using System;
using System.Xml;

namespace DocGen.Csl.Tests.Unit;

/// <summary>Small cases of the processor's rules, independent of the test suite in ../shared.</summary>
public sealed class RenderingTests
{
    private const string Doe = """[{"id":"a","type":"book","title":"It's \"Here\"","author":[{"family":"Doe","given":"John Quincy"},{"family":"Roe","given":"Jane"},{"family":"Poe","given":"Edgar"}],"issued":{"date-parts":[[2001,3,1]]},"page":"321-328"}]""";

    [Fact]
    public void Names_are_initialized_and_joined_with_the_and_term()
    {
        var style = MiniLocale.Style("""<names variable="author"><name and="text" initialize-with=". " delimiter-precedes-last="always"/></names>""");
        Assert.Equal("J. Q. Doe, J. Roe, and E. Poe", MiniLocale.Cite(MiniLocale.Processor(style, Doe), "a"));
    }

    [Fact]
    public void Et_al_truncates_the_name_list()
    {
        var style = MiniLocale.Style("""<names variable="author"><name form="short" et-al-min="3" et-al-use-first="1"/></names>""");
        Assert.Equal("Doe et al.", MiniLocale.Cite(MiniLocale.Processor(style, Doe), "a"));
    }

    [Fact]
    public void Quotes_flip_to_inner_marks_and_take_the_period_inside()
    {
        var style = MiniLocale.Style("""<text variable="title" quotes="true" suffix="."/>""");
        Assert.Equal("“It’s ‘Here.’”", MiniLocale.Cite(MiniLocale.Processor(style, Doe), "a"));
    }

    [Fact]
    public void A_localized_date_and_a_collapsed_page_range_render()
    {
        var style = MiniLocale.Style("""<group delimiter=", "><date variable="issued" form="text"/><text variable="page"/></group>""")
            .Replace("version=\"1.0\"", "version=\"1.0\" page-range-format=\"minimal\"");
        Assert.Equal("March 1, 2001, 321–8", MiniLocale.Cite(MiniLocale.Processor(style, Doe), "a"));
    }

    [Fact]
    public void A_group_whose_variables_are_all_empty_renders_nothing()
    {
        var style = MiniLocale.Style("""<group delimiter=" "><text value="Edited by"/><names variable="editor"/></group><text variable="title" prefix="[" suffix="]"/>""");
        Assert.Equal("[It’s “Here”]", MiniLocale.Cite(MiniLocale.Processor(style, Doe), "a"));
    }

    [Fact]
    public void A_macro_that_calls_itself_stops_instead_of_hanging()
    {
        var style = MiniLocale.Style("""<text macro="loop"/>""", """<macro name="loop"><text value="x"/><text macro="loop"/></macro>""");
        var output = MiniLocale.Cite(MiniLocale.Processor(style, Doe), "a");
        Assert.Equal(new string('x', 64), output);
    }

    [Fact]
    public void A_style_with_a_DTD_is_refused()
    {
        const string withDtd = """<?xml version="1.0"?><!DOCTYPE style [<!ENTITY e "x">]><style xmlns="http://purl.org/net/xbiblio/csl"/>""";
        Assert.Throws<XmlException>(() => Style.CslStyle.Parse(withDtd));
    }

    [Fact]
    public void Html_escapes_ampersands_and_angle_brackets_as_citeproc_js_does()
    {
        const string items = """[{"id":"b","type":"book","title":"A & B <c>"}]""";
        Assert.Equal("A &#38; B &#60;c&#62;", MiniLocale.Cite(MiniLocale.Processor(MiniLocale.Style("""<text variable="title"/>"""), items), "b"));
    }

    [Fact]
    public void Markdown_marks_italics_and_escapes_what_markdown_would_read_as_markup()
    {
        const string items = """[{"id":"b","type":"book","title":"A_B [c] & <d> #1"}]""";
        var processor = MiniLocale.Processor(MiniLocale.Style("""<text variable="title" font-style="italic" quotes="true" suffix="."/>"""), items);
        var cite = processor.RenderCitations(new[] { new Citation(new[] { new CiteItem("b") }, 1) }, OutputFormat.Markdown)[0];
        // The period goes inside the quotes and stays inside the italics, as in the HTML.
        Assert.Equal("*“A\\_B \\[c\\] & \\<d\\> \\#1.”*", cite);
    }

    [Fact]
    public void Ambiguous_cites_get_year_suffixes()
    {
        const string items = """[{"id":"x","type":"book","author":[{"family":"Doe"}],"issued":{"date-parts":[[2000]]}},{"id":"y","type":"book","author":[{"family":"Doe"}],"issued":{"date-parts":[[2000]]}}]""";
        var style = MiniLocale.Style("""<group delimiter=" "><names variable="author"/><date variable="issued"><date-part name="year"/></date></group>""", citationAttributes: "disambiguate-add-year-suffix=\"true\"")
            .Replace("<layout>", "<layout delimiter=\"; \">");
        Assert.Equal("Doe 2000a; Doe 2000b", MiniLocale.Cite(MiniLocale.Processor(style, items), "x", "y"));
    }

    [Fact]
    public void Json_reads_escapes_and_rejects_trailing_text()
    {
        var value = (System.Collections.Generic.List<object?>)Data.Json.Parse("""[ "a\"\u00e9", 1.5, true, null ]""")!;
        Assert.Equal("a\"é", value[0]);
        Assert.Equal(1.5, value[1]);
        Assert.Throws<FormatException>(() => Data.Json.Parse("[1] x"));
    }
}
