using System.Collections.Generic;
using System.IO;
using DocGen.Core.Formats.Tei;
using DocGen.Core.Model;
using DocGen.Core.Tests.Infrastructure;

namespace DocGen.Citations.Tests.Infrastructure;

/// <summary>
/// FRUS documents for the conformance suite, read by the TEI reader: two small volumes written here (one of an era
/// cited by page, one cited by document number), and, with ../shared, documents of every shared volume.
/// </summary>
public static class FrusDocuments
{
    /// <summary>How many documents each shared volume gives: its first, its middle and its last.</summary>
    public const int PerVolume = 3;

    /// <summary>The reviewed Korea volume's document the Office of the Historian's own example cites.</summary>
    public const string KoreaDocument75 = "frus1969-76v19p1/d75";

    public static List<ParsedDocument> Built() =>
        Usable(Read("/frus/frus1951v07p2.xml", Volume1951)).Concat(Read("/frus/frus1969-76v19p1.xml", Volume1969));

    /// <summary>Documents of every volume in ../shared/frus and its reviewed folder; none without ../shared.</summary>
    public static IReadOnlyList<ParsedDocument> Shared()
    {
        var documents = new List<ParsedDocument>();
        if (SharedData.Frus is not { } folder)
        {
            return documents;
        }

        var files = new List<string>(Directory.GetFiles(folder, "frus*.xml"));
        var reviewed = Path.Combine(folder, "reviewed");
        if (Directory.Exists(reviewed))
        {
            files.AddRange(Directory.GetFiles(reviewed, "frus*.xml"));
        }

        files.Sort(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            var volume = Usable(Read(file, File.ReadAllText(file)));
            foreach (var index in new[] { 0, volume.Count / 2, volume.Count - 1 })
            {
                if (index >= 0 && index < volume.Count && !documents.Contains(volume[index]))
                {
                    documents.Add(volume[index]);
                }
            }

            if (volume.Find(d => d.Id == KoreaDocument75) is { } d75 && !documents.Contains(d75))
            {
                documents.Add(d75);
            }
        }

        return documents;
    }

    /// <summary>The usable documents of a volume file, in the volume's order.</summary>
    public static List<ParsedDocument> Read(string path, string text) => Usable(TeiReader.Instance.Read(path, text, int.MaxValue));

    private static List<ParsedDocument> Usable(IReadOnlyList<ParsedDocument> documents)
    {
        var usable = new List<ParsedDocument>(documents.Count);
        foreach (var document in documents)
        {
            if (document.IsUsable)
            {
                usable.Add(document);
            }
        }

        return usable;
    }

    private static List<ParsedDocument> Concat(this List<ParsedDocument> first, List<ParsedDocument> second)
    {
        first.AddRange(second);
        return first;
    }

    private const string Namespaces = "xmlns=\"http://www.tei-c.org/ns/1.0\" xmlns:frus=\"http://history.state.gov/frus/ns/1.0\"";

    // The 1951 markup: source note before the heading, a page break inside the body, no document numbers in print.
    private const string Volume1951 = "<TEI " + Namespaces + " xml:id=\"frus1951v07p2\">"
        + "<teiHeader><fileDesc><titleStmt>"
        + "<title type=\"complete\">Foreign Relations of the United States, 1951, Korea and China, Volume VII, Part 2</title>"
        + "<title type=\"series\">Foreign Relations of the United States</title><title type=\"sub-series\">1951</title>"
        + "<title type=\"volume-number\">Volume VII, Part 2</title><title type=\"volume\">Korea and China</title>"
        + "<editor role=\"primary\">John P. Glennon</editor><editor role=\"general\">Frederick Aandahl</editor>"
        + "</titleStmt><publicationStmt><publisher>United States Government Printing Office</publisher><pubPlace>Washington</pubPlace>"
        + "<date>1983</date><idno type=\"frus\">frus1951v07p2</idno></publicationStmt></fileDesc></teiHeader>"
        + "<text><body><pb n=\"1797\" xml:id=\"pg_1797\"/>"
        + "<div type=\"document\" xml:id=\"d171\" n=\"171\"><note rend=\"inline\" type=\"source\">793.00/8–1551: Telegram</note>"
        + "<head>The Consul General at Hong Kong (<persName type=\"from\">McConaughy</persName>) to the <gloss type=\"to\">Secretary of State</gloss></head>"
        + "<opener><dateline><placeName>Hong Kong</placeName>, <date when=\"1951-08-15T16:00:00\">August 15, 1951—4 p. m.</date></dateline></opener>"
        + "<p>First paragraph of the telegram.</p><pb n=\"1798\" xml:id=\"pg_1798\"/><p>Second paragraph, on the next page.</p></div>"
        + "<div type=\"document\" xml:id=\"d172\" n=\"172\"><head>Memorandum by the Joint Chiefs of Staff</head>"
        + "<opener><dateline><date when=\"1951-08\">August 1951</date></dateline></opener><p>One paragraph on one page.</p></div>"
        + "</body></text></TEI>";

    // The reviewed markup of 1969–76: number in the heading, source note inside it, the general editor in the header.
    private const string Volume1969 = "<TEI " + Namespaces + " xml:id=\"frus1969-76v19p1\">"
        + "<teiHeader><fileDesc><titleStmt>"
        + "<title type=\"complete\">Foreign Relations of the United States, 1969–1976, Volume XIX, Part 1, Korea, 1969–1972</title>"
        + "<title type=\"series\">Foreign Relations of the United States</title><title type=\"sub-series\">1969–1976</title>"
        + "<title type=\"volume-number\">Volume XIX, Part 1</title><title type=\"volume\">Korea, 1969–1972</title>"
        + "<editor role=\"primary\">Daniel J. Lawler</editor><editor role=\"primary\">Erin R. Mahan</editor><editor role=\"general\">Edward C. Keefer</editor>"
        + "</titleStmt><publicationStmt><publisher>Office of the Historian</publisher><pubPlace>Washington</pubPlace>"
        + "<date type=\"publication-date\">2010</date><idno type=\"frus\">frus1969-76v19p1</idno></publicationStmt></fileDesc></teiHeader>"
        + "<text><body>"
        + "<div type=\"document\" subtype=\"historical-document\" xml:id=\"d75\" n=\"75\" frus:doc-dateTime-min=\"1970-11-03T09:42:00+00:00\" frus:doc-dateTime-max=\"1970-11-03T09:42:00+00:00\">"
        + "<head>75. Telegram From the <gloss type=\"from\">Embassy in Korea</gloss> to the <gloss type=\"to\">Department of State</gloss>"
        + "<note n=\"1\" type=\"source\" xml:id=\"d75fn1\">Source: National Archives, RG 59, Central Files 1970–73, POL 15–1 KOR S. Confidential.</note></head>"
        + "<opener><dateline><placeName>Seoul</placeName>, <date when=\"1970-11-03T09:42:00+00:00\">November 3, 1970, 0942Z</date>.</dateline></opener>"
        + "<p>5782. From Ambassador. Subj: Korean Presidential Campaign.</p></div>"
        + "<div type=\"document\" subtype=\"editorial-note\" xml:id=\"d76\" n=\"76\"><head>76. Editorial Note</head><p>An undated note of the editors.</p></div>"
        + "</body></text></TEI>";
}
