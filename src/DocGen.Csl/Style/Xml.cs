using System.IO;
using System.Xml;
using System.Xml.Linq;

namespace DocGen.Csl.Style;

/// <summary>Loads CSL XML safely: no DTD processing, no external resolution.</summary>
internal static class Xml
{
    public static XElement Load(string text)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
        using var reader = XmlReader.Create(new StringReader(text), settings);
        return XDocument.Load(reader, LoadOptions.PreserveWhitespace).Root!;
    }

    public static string? Attr(XElement element, string name) => element.Attribute(name)?.Value;

    public static string? Lang(XElement element) => element.Attribute(XNamespace.Xml + "lang")?.Value;
}
