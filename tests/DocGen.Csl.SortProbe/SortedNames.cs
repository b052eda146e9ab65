using System;
using System.Linq;
using DocGen.Csl;
using DocGen.Csl.Locale;

namespace DocGen.Csl.SortProbe;

/// <summary>A bibliography sorted by author whose names differ in accents, case and letters that some cultures order apart.</summary>
public static class SortedNames
{
    // Families that ICU orders differently by culture: Swedish files Å and Ø after Z, Turkish has a dotless ı, and
    // invariant globalization (no ICU) compares ordinally, which would put every accented capital after Z.
    private static readonly string[] Families = { "Zola", "Ødegaard", "Åberg", "Émile", "ibsen", "Ibáñez", "Aaron", "Œhler", "Ahn", "Łukasz", "Ostrowski" };

    private const string Style = """
        <style xmlns="http://purl.org/net/xbiblio/csl" class="in-text" version="1.0">
          <citation><layout><text variable="title"/></layout></citation>
          <bibliography><sort><key variable="author"/></sort><layout><names variable="author"><name name-as-sort-order="all"/></names></layout></bibliography>
        </style>
        """;

    public static string Render()
    {
        var items = string.Join(",", Families.Select((family, i) => $$"""{"id":"{{i}}","type":"book","title":"T","author":[{"family":"{{family}}","given":"A"}]}"""));
        var locale = LocaleParser.ParseFile("""<locale xmlns="http://purl.org/net/xbiblio/csl" version="1.0" xml:lang="en-US"><terms/></locale>""");
        var processor = new CslProcessor(DocGen.Csl.Style.CslStyle.Parse(Style), DocGen.Csl.Data.ItemReader.ReadAll("[" + items + "]"), tag => locale);
        return string.Join("\n", processor.RenderBibliographyEntries(null, OutputFormat.Text).Select(entry => entry.Text));
    }

    public static void Main() => Console.Write(Render());
}
