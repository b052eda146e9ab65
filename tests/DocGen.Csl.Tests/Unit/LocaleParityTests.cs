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

    /// <summary>The quotation marks and range delimiter of de-DE, fr-FR and ru-RU, as their locale files have them.</summary>
    private const string Marks = """
        <locale xml:lang="de-DE"><terms><term name="open-quote">„</term><term name="close-quote">“</term>
          <term name="open-inner-quote">‚</term><term name="close-inner-quote">‘</term></terms></locale>
        <locale xml:lang="fr-FR"><terms><term name="open-quote">«&#160;</term><term name="close-quote">&#160;»</term>
          <term name="open-inner-quote">“</term><term name="close-inner-quote">”</term>
          <term name="page-range-delimiter">&#8209;</term></terms></locale>
        <locale xml:lang="ru-RU"><terms><term name="open-quote">«</term><term name="close-quote">»</term>
          <term name="open-inner-quote">„</term><term name="close-inner-quote">“</term>
          <term name="editor" form="short"><single>ред.</single><multiple>ред.</multiple></term></terms></locale>
        """;

    private static string InLocale(string language, string layout, string items, params string[] ids)
    {
        var style = MiniLocale.Style(layout, Marks).Replace("<layout>", "<layout delimiter=\" | \">");
        var processor = new CslProcessor(Style.CslStyle.Parse(style), ItemReader.ReadAll(items), tag => tag == "en-US" ? MiniLocale.EnUs : null, language);
        return MiniLocale.Cite(processor, ids);
    }

    // Expected strings as citeproc-js 2.4.63 prints them with the locale files of the CSL test suite.
    [Theory]
    [InlineData("en-US", "Claims of the “Cape Horn Pigeon,” and others / “Claims of the ‘Cape Horn Pigeon,’ and others”", "Claims of the ‘Cape Horn Pigeon,’ and others")]
    [InlineData("de-DE", "Claims of the “Cape Horn Pigeon,” and others / „Claims of the “Cape Horn Pigeon,” and others“", "Claims of the ‘Cape Horn Pigeon,’ and others")]
    [InlineData("fr-FR", "Claims of the “Cape Horn Pigeon,” and others / «\u00A0Claims of the “Cape Horn Pigeon,” and others\u00A0»", "Claims of the ‘Cape Horn Pigeon,’ and others")]
    [InlineData("ru-RU", "Claims of the “Cape Horn Pigeon,” and others / «Claims of the “Cape Horn Pigeon,” and others»", "Claims of the ‘Cape Horn Pigeon,’ and others")]
    public void Curly_quotes_in_a_value_are_markup_only_where_they_are_the_locale_s_marks(string language, string doubleCurly, string singleCurly)
    {
        // A FRUS volume title holds “…”: a quotation in en-US, an inner one in fr-FR, and plain text in de-DE and ru-RU.
        const string items = """[{"id":"d","type":"book","title":"Claims of the “Cape Horn Pigeon,” and others"},{"id":"s","type":"book","title":"Claims of the ‘Cape Horn Pigeon,’ and others"}]""";
        const string layout = """<group delimiter=" / "><text variable="title"/><text variable="title" quotes="true"/></group>""";
        Assert.Equal(doubleCurly, InLocale(language, layout, items, "d"));
        Assert.Equal(singleCurly, InLocale(language, """<text variable="title"/>""", items, "s"));
    }

    [Fact]
    public void A_range_written_with_an_en_dash_keeps_it_in_a_number_variable_and_a_hyphen_takes_the_locale_s_delimiter()
    {
        // fr-FR's range delimiter is a non-breaking hyphen; FRUS writes its subseries "1969–1976" with an en dash.
        const string items = """[{"id":"a","type":"chapter","collection-number":"1969–1976","volume":"3-4"},{"id":"b","type":"chapter","collection-number":"1969-1976"}]""";
        const string layout = """<group delimiter=" / "><text variable="collection-number"/><text variable="volume"/></group>""";
        Assert.Equal("1969–1976 / 3\u20114 | 1969\u20111976", InLocale("fr-FR", layout, items, "a", "b"));
    }

    [Fact]
    public void Title_case_capitalizes_a_term_in_any_language()
    {
        // APA's editor label (text-case="title") in ru-RU: citeproc-js keeps a non-English item's variables as they
        // are, but not the locale's terms, and capitalizes Cyrillic as any other script.
        const string items = """[{"id":"a","type":"book","editor":[{"family":"Glennon","given":"John P."}]}]""";
        const string layout = """<group delimiter=" / "><names variable="editor"><name/><label form="short" prefix=" (" suffix=")" text-case="title"/></names><text term="editor" form="short" text-case="title"/></group>""";
        Assert.Equal("John P. Glennon (Ред.) / Ред.", InLocale("ru-RU", layout, items, "a"));
    }
}
