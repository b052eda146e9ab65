using DocGen.Csl.Locale;

namespace DocGen.Csl.Tests.Unit;

/// <summary>A small en-US locale written for these tests, so they need nothing from ../shared.</summary>
internal static class MiniLocale
{
    public static readonly LocaleData EnUs = LocaleParser.ParseFile("""
        <locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US">
          <style-options punctuation-in-quote="true"/>
          <date form="text">
            <date-part name="month" suffix=" "/>
            <date-part name="day" suffix=", "/>
            <date-part name="year"/>
          </date>
          <terms>
            <term name="and">and</term>
            <term name="et-al">et al.</term>
            <term name="open-quote">“</term>
            <term name="close-quote">”</term>
            <term name="open-inner-quote">‘</term>
            <term name="close-inner-quote">’</term>
            <term name="page"><single>page</single><multiple>pages</multiple></term>
            <term name="page" form="short"><single>p.</single><multiple>pp.</multiple></term>
            <term name="month-03">March</term>
            <term name="ordinal">th</term>
            <term name="ordinal-01">st</term>
            <term name="no date" form="short">n.d.</term>
          </terms>
        </locale>
        """);

    public static CslProcessor Processor(string styleXml, string itemsJson) =>
        new(DocGen.Csl.Style.CslStyle.Parse(styleXml), Data.ItemReader.ReadAll(itemsJson), tag => tag == "en-US" ? EnUs : null);

    public static string Style(string citationLayout, string macros = "", string citationAttributes = "") => $"""
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          {macros}
          <citation {citationAttributes}><layout>{citationLayout}</layout></citation>
        </style>
        """;

    public static string Cite(CslProcessor processor, params string[] ids)
    {
        var cites = new System.Collections.Generic.List<CiteItem>();
        foreach (var id in ids)
        {
            cites.Add(new CiteItem(id));
        }

        return processor.RenderCitations(new[] { new Citation(cites, 1) }, OutputFormat.Html)[0];
    }
}
