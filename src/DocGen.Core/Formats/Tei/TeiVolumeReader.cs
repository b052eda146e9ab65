using System.Collections.Generic;
using System.IO;
using System.Xml;
using DocGen.Core.Model;
using DocGen.Core.Problems;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// Reads one FRUS TEI volume file in one forward pass (XmlReader, no DOM, no DTD, no resolver): the header, then one
/// document per <c>div[@type='document']</c> with an <c>xml:id</c>. Never throws on bad input: malformed XML and a
/// DTD become located problems, and the documents finished before them are kept.
/// </summary>
public static class TeiVolumeReader
{
    public const string TeiNamespace = "http://www.tei-c.org/ns/1.0";

    public const string FrusNamespace = "http://history.state.gov/frus/ns/1.0";

    /// <summary>
    /// Whether a file's text is a TEI document, for a reader seam that picks the format by content: the TEI namespace
    /// within the first 4,096 characters (the root's start tag, after an XML declaration and comments).
    /// </summary>
    public static bool LooksLikeTei(string text) =>
        text.IndexOf(TeiNamespace, 0, System.Math.Min(text.Length, 4096), System.StringComparison.Ordinal) >= 0;

    public static TeiVolumeReading Read(string path, string text)
    {
        var locations = new XmlLocations(text);
        var walker = new TeiWalker(Path.GetFileNameWithoutExtension(path) ?? string.Empty, locations);
        var problems = new List<ParseProblem>();
        try
        {
            using var reader = TeiXml.Open(text);
            walker.Walk(reader);
        }
        catch (XmlException exception)
        {
            // XmlReader refuses a DTD without a position; the declaration is then found by its text.
            var doctype = exception.LineNumber == 0 ? text.IndexOf("<!DOCTYPE", System.StringComparison.Ordinal) : -1;
            problems.Add(doctype >= 0
                ? new ParseProblem(ProblemCode.DtdProhibited, locations.At(doctype, "<!DOCTYPE".Length))
                : Malformed(locations, exception));
        }

        problems.AddRange(walker.Problems);
        var documents = walker.Documents();
        if (documents.Count == 0 && !problems.Exists(p => p.Code is ProblemCode.MalformedXml or ProblemCode.DtdProhibited))
        {
            problems.Add(new ParseProblem(ProblemCode.NoDocuments, locations.Point(1, 1), Path.GetFileName(path) ?? string.Empty));
        }

        return new TeiVolumeReading(walker.Volume(), documents.ToEquatableArray(), problems.ToEquatableArray());
    }

    // The exception's message is localized (it differs by culture), so the problem quotes only the parser's position.
    private static ParseProblem Malformed(XmlLocations locations, XmlException exception) =>
        new(ProblemCode.MalformedXml, locations.Point(exception.LineNumber, exception.LinePosition),
            exception.LineNumber.ToString(System.Globalization.CultureInfo.InvariantCulture),
            exception.LinePosition.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
