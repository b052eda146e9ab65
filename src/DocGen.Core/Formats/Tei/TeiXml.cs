using System.IO;
using System.Xml;

namespace DocGen.Core.Formats.Tei;

/// <summary>
/// The one way DocGen opens a TEI file's text: no DTD, no resolver, comments and processing instructions skipped, and
/// a byte-order mark left in the text not passed on (it is not part of line 0, as LineIndex counts it).
/// </summary>
internal static class TeiXml
{
    public static XmlReader Open(string text)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreWhitespace = false,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
            CloseInput = true,
        };
        var input = new StringReader(text);
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            input.Read();
        }

        return XmlReader.Create(input, settings);
    }
}
