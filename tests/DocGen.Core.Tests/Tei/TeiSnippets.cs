namespace DocGen.Core.Tests.Tei;

/// <summary>Builds small TEI volumes for the tests: a header and a body, namespaces declared as FRUS files declare them.</summary>
internal static class TeiSnippets
{
    public const string Header = """
        <teiHeader><fileDesc><titleStmt>
        <title type="complete">Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 2</title>
        <title type="series">Foreign Relations of the United States</title>
        <title type="sub-series">1951</title>
        <title type="volume-number">Volume VII, Part 2</title>
        <title type="volume">Korea and China</title>
        <editor role="primary">John P. Glennon</editor><editor role="general">Frederick Aandahl</editor>
        </titleStmt><publicationStmt><publisher>United States Government Printing Office</publisher><pubPlace>Washington</pubPlace>
        <date>1983</date><idno type="frus">frus1951v07p2</idno></publicationStmt></fileDesc></teiHeader>
        """;

    /// <param name="front">The front matter (a title page), or empty for none.</param>
    public static string Volume(string body, string header = Header, string id = "frus1951v07p2", string front = "") =>
        "<TEI xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:frus=\"http://history.state.gov/frus/ns/1.0\" xml:id=\"" + id + "\">\n"
        + header + "\n<text>" + (front.Length == 0 ? string.Empty : "<front>\n" + front + "\n</front>") + "<body>\n" + body + "\n</body></text></TEI>\n";
}
