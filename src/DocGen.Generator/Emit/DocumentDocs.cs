using System.Runtime.CompilerServices;
using DocGen.Core.Model;

namespace DocGen.Generator.Emit;

/// <summary>
/// The XML doc comment IntelliSense shows for a document: its title, its date as written with its id, and its
/// summary, each a paragraph of the <c>summary</c> element (completion tooltips show only that element).
/// </summary>
internal static class DocumentDocs
{
    [MethodImpl(Jit.Optimized)]
    public static void Write(SourceWriter writer, ParsedDocument document)
    {
        var date = document.Date.Text.Length == 0 ? "undated" : document.Date.Text;
        writer.Line("/// <summary>");
        Paragraph(writer, DocComment.Escape(document.Title));
        Paragraph(writer, DocComment.Escape(date) + " · id " + DocComment.Escape(document.Id));
        if (document.Summary is { } summary)
        {
            Paragraph(writer, DocComment.Escape(summary));
        }

        writer.Line("/// </summary>");
    }

    [MethodImpl(Jit.Optimized)]
    private static void Paragraph(SourceWriter writer, string escaped) => writer.Line("/// <para>" + escaped + "</para>");
}
